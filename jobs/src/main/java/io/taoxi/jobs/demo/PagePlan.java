package io.taoxi.jobs.demo;

import java.util.List;
import java.util.Map;

/**
 * Everything needed to render and store one demo page, decided up front by {@link CorpusPlanner}. The HTML
 * is a pure function of this record ({@link HtmlRenderer}), so two plans with equal content fields give
 * byte-identical bodies (that is how exact duplicates are made).
 *
 * @param kind             news, blog, forum, product, docs, short, code, spam
 * @param recordType       {@code response} (HTML in a WARC) or {@code conversion} (plain text in the WET file)
 * @param charset          Java charset used to encode the body, e.g. {@code GBK}, {@code windows-31j}
 * @param charsetLabel     label written in the page ({@code gbk}, {@code gb2312}, {@code Shift_JIS}…)
 * @param charsetDeclared  {@code http}, {@code meta}, {@code http+meta} or {@code none}
 * @param contentEncoding  {@code identity}, {@code gzip}, {@code deflate} (zlib stream, RFC 9110) or
 *                         {@code deflate-raw} (header says deflate, body is raw RFC 1951 as some servers send)
 * @param paragraphs       the main text, one entry per paragraph (forum: the opening post)
 * @param replies          forum replies as {@code user\ttext}
 * @param pii              fake personal data on the page: type → values (each passes the PII detector's validation)
 * @param notPii           look-alikes on the page that are not personal data (documentation IPs): type → values
 */
record PagePlan(
    String id,
    String lang,
    String variety,
    String kind,
    String recordType,
    int file,
    String url,
    String site,
    String title,
    String published,
    List<String> paragraphs,
    List<String> replies,
    String code,
    List<String> related,
    boolean boilerplateHeavy,
    boolean htmlLangAttribute,
    String charset,
    String charsetLabel,
    String charsetDeclared,
    String contentEncoding,
    boolean chunked,
    List<String> features,
    String exactDuplicateOf,
    String nearDuplicateOf,
    Map<String, List<String>> pii,
    Map<String, List<String>> notPii) {

  /** Title and paragraphs joined by newlines: the text an extractor should recover (forum replies included). */
  String mainText() {
    StringBuilder out = new StringBuilder(title);
    for (String paragraph : paragraphs) {
      out.append('\n').append(paragraph);
    }
    for (String reply : replies) {
      out.append('\n').append(reply.substring(reply.indexOf('\t') + 1));
    }
    if (code != null) {
      out.append('\n').append(code);
    }
    return out.toString();
  }
}
