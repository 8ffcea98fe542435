// Runs one DOM-based peer extractor over a page set and writes one JSON line per page to stdout:
//   {"lang", "name", "title", "html", "ms", "error"}
// html is the main content the peer returned (serialised HTML, or null when it found none); ms is the
// time of parsing the page with jsdom plus the peer's extraction; error is set (and html null) when the
// peer threw. blocktext.py turns the lines into plain text files. Pages are read as UTF-8, as
// ExtractionEval reads them, and get the same URL (https://example.test/<name>).
//
// Usage: node node_peers.mjs readability|defuddle SET_DIR
// The packages come from EXTRACTION_PEERS_MODULES (a node_modules folder; extraction-peers.sh installs it).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [peer, setDir] = process.argv.slice(2);
const modules = process.env.EXTRACTION_PEERS_MODULES;
if (!peer || !setDir || !modules) {
  console.error('usage: EXTRACTION_PEERS_MODULES=DIR/node_modules node node_peers.mjs readability|defuddle SET_DIR');
  process.exit(2);
}
const require = createRequire(path.join(modules, 'noop.js'));
const { JSDOM, VirtualConsole } = require('jsdom');

function extractor(name) {
  if (name === 'readability') {
    const { Readability } = require('@mozilla/readability');
    // Defaults (charThreshold 500, nbTopCandidates 5); Readability mutates the document it is given.
    return (document) => {
      const article = new Readability(document).parse();
      return article ? { title: article.title, html: article.content } : { title: null, html: null };
    };
  }
  if (name === 'defuddle') {
    const bundle = require('defuddle'); // a UMD bundle: module.exports is the class
    const Defuddle = bundle.default || bundle;
    // parse(), not parseAsync(): no third-party fetches (there is no network here anyway).
    return (document, url) => {
      const result = new Defuddle(document, { url, useAsync: false }).parse();
      return { title: result.title || null, html: result.content || null };
    };
  }
  console.error(`unknown peer ${name}: readability or defuddle`);
  process.exit(2);
}

// <set>/<lang>/<name>.html with a <name>.expected.txt beside it, sorted like ExtractionEval.pages.
function pages(dir) {
  const out = [];
  for (const lang of fs.readdirSync(dir).sort()) {
    const langDir = path.join(dir, lang);
    if (!fs.statSync(langDir).isDirectory()) continue;
    for (const file of fs.readdirSync(langDir).sort()) {
      if (!file.endsWith('.html')) continue;
      const name = file.slice(0, -'.html'.length);
      if (fs.existsSync(path.join(langDir, name + '.expected.txt'))) {
        out.push({ lang, name, file: path.join(langDir, file) });
      }
    }
  }
  return out;
}

const extract = extractor(peer);
const virtualConsole = new VirtualConsole(); // not forwarded: jsdom's CSS parse warnings stay quiet
for (const page of pages(setDir)) {
  const html = fs.readFileSync(page.file, 'utf8');
  const url = 'https://example.test/' + page.name;
  const record = { lang: page.lang, name: page.name, title: null, html: null, ms: 0, error: null };
  const start = process.hrtime.bigint();
  try {
    const dom = new JSDOM(html, { url, virtualConsole });
    Object.assign(record, extract(dom.window.document, url));
    dom.window.close();
  } catch (e) {
    record.error = String(e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e);
  }
  record.ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify(record) + '\n');
}
