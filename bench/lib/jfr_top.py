#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples: self (the top frame) and inclusive (on the stack).

  jfr print --stack-depth 64 --events jdk.ExecutionSample rec.jfr | jfr_top.py [N]

Frames are `class.method` without line numbers; inclusive counts a frame once per sample. The
`phases` section puts each sample in the first phase (in the order of PHASES) whose frame is on its stack.
Execution samples are of threads running Java code: time in native code (zlib's inflate behind
java.util.zip.Inflater) is not in them.
"""
import re
import sys
from collections import Counter

PHASES = [
    ("charset: Charset.forName of unknown names (ServiceLoader scan)", "java.nio.charset.Charset.lookupViaProviders"),
    ("charset: ICU CharsetDetector", "io.taoxi.filters.charset.CharsetDetection.icuMatches"),
    ("charset: candidate decoding + plausibility", "io.taoxi.filters.charset.CharsetDetection.evaluate"),
    ("charset: other decoding, NFC, mojibake", "io.taoxi.filters.charset.TextDecoder.decode"),
    ("extraction: jsoup parse", "org.jsoup.Jsoup.parse"),
    ("extraction: boilerplate rules", "io.taoxi.filters.html.BoilerplateRules.isBoilerplate"),
    ("extraction: DOM cleaning", "io.taoxi.filters.html.MainTextExtractor$DomCleaner"),
    ("extraction: blocks", "io.taoxi.filters.html.MainTextExtractor$Segmenter"),
    ("extraction: other", "io.taoxi.filters.html.MainTextExtractor.extract"),
    ("digest check", "io.taoxi.jobs.ingest.web.WarcRecordProcessor.digestMatches"),
    ("HTTP content decoding", "io.taoxi.jobs.ingest.web.WarcRecordProcessor.decodedPayload"),
    ("jwarc record/HTTP parsing", "org.netpreserve.jwarc"),
    ("gunzip + framing", "io.taoxi.jobs.ingest.web.WarcFramer.next"),
    ("record processor: other", "io.taoxi.jobs.ingest.web.WarcRecordProcessor.process"),
]

FRAME = re.compile(r"^\s+([\w$./<>]+)\(.*\)\s+line:")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    own, incl, phases = Counter(), Counter(), Counter()
    samples = 0
    stack = None
    for line in sys.stdin:
        if "stackTrace = [" in line:
            stack = []
            continue
        if stack is None:
            continue
        m = FRAME.match(line)
        if m:
            stack.append(m.group(1))
            continue
        if line.strip().startswith("]") or line.strip() == "...":
            if line.strip().startswith("]"):
                if stack:
                    samples += 1
                    own[stack[0]] += 1
                    frames = set(stack)
                    for f in frames:
                        incl[f] += 1
                    phases[next((label for label, frame in PHASES
                                 if any(f.startswith(frame) for f in frames)), "other")] += 1
                stack = None
    if not samples:
        print("no execution samples")
        return
    print(f"{samples} execution samples (stacks cut at --stack-depth)")
    print("phases:")
    for label, _ in PHASES + [("other", None)]:
        if phases[label]:
            print(f"  {100.0 * phases[label] / samples:5.1f}%  {label}")
    print(f"top {n} self (top of stack):")
    for f, c in own.most_common(n):
        print(f"  {100.0 * c / samples:5.1f}%  {f}")
    print(f"top {n} inclusive, io.taoxi / jwarc / jsoup / java.util.zip / charset frames:")
    keep = [(f, c) for f, c in incl.most_common()
            if re.match(r"(io\.taoxi|org\.netpreserve|org\.jsoup|java\.util\.zip|sun\.nio\.cs|java\.nio\.charset|java\.util\.regex|java\.text|jdk\.internal\.icu)", f)]
    for f, c in keep[:n]:
        print(f"  {100.0 * c / samples:5.1f}%  {f}")


if __name__ == "__main__":
    main()
