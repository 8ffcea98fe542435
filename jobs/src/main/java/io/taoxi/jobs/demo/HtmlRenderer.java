package io.taoxi.jobs.demo;

import java.util.List;

/**
 * Renders a {@link PagePlan} as an HTML page with the chrome real sites carry: cookie banner, nav bar,
 * breadcrumbs, share bar, previous/next links, related-article list, comment widget and a footer (ICP
 * number, copyright, disclaimer, "scan to follow" in Chinese). Pure: the output depends on the plan and
 * the bank only.
 *
 * <p>Example (zh-Hans news, abridged): {@code <div class="cookie-banner">本网站使用Cookie…</div> <nav>首页 新闻
 * 财经…</nav> <div class="breadcrumb">首页 > 新闻 > 正文</div> <article><h1>…</h1><p>…</p></article> …
 * <footer>…京ICP备12345678号…扫一扫关注我们的公众号</footer>}.
 */
final class HtmlRenderer {
  private HtmlRenderer() {}

  static String render(PagePlan page, LanguageBank bank) {
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n");
    h.append(page.htmlLangAttribute() ? "<html lang=\"" + bank.chrome("html_lang") + "\">\n" : "<html>\n");
    h.append("<head>\n");
    if (page.charsetDeclared().contains("meta")) {
      if (page.charset().equals("UTF-8")) {
        h.append("<meta charset=\"").append(page.charsetLabel()).append("\">\n");
      } else {
        h.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
            .append(page.charsetLabel()).append("\">\n");
      }
    }
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(escape(page.title())).append(" - ").append(escape(page.site())).append("</title>\n");
    h.append("<link rel=\"stylesheet\" href=\"/static/css/main.css\">\n");
    h.append("</head>\n<body>\n");
    if (page.kind().equals("short")) {
      h.append("<p>").append(escape(page.title())).append("</p>\n");
      for (String paragraph : page.paragraphs()) {
        h.append("<p>").append(escape(paragraph)).append("</p>\n");
      }
      return h.append("</body>\n</html>\n").toString();
    }
    cookieBanner(h, bank);
    header(h, page, bank);
    breadcrumb(h, page, bank);
    switch (page.kind()) {
      case "forum" -> forum(h, page, bank);
      case "product" -> product(h, page, bank);
      case "docs", "code" -> docs(h, page, bank);
      default -> article(h, page, bank);
    }
    if (!page.kind().equals("docs") && !page.kind().equals("code")) {
      h.append("<div class=\"share-bar\">").append(escape(bank.chrome("share"))).append("</div>\n");
      h.append("<div class=\"prev-next\"><a href=\"#prev\">").append(escape(bank.chrome("prev"))).append(": ")
          .append(escape(page.related().get(0))).append("</a> <a href=\"#next\">").append(escape(bank.chrome("next")))
          .append(": ").append(escape(page.related().get(page.related().size() - 1))).append("</a></div>\n");
    }
    linkList(h, "related", bank.chrome("related"), page.related());
    if (page.boilerplateHeavy()) {
      linkList(h, "hot", bank.chrome("hot"), reversed(page.related()));
      h.append("<div class=\"ad-slot\">AD</div>\n");
      linkList(h, "hot-2", bank.chrome("hot"), page.related());
    }
    if (!page.kind().equals("forum")) {
      h.append("<section class=\"comments\"><h3>").append(escape(bank.chrome("comments"))).append(" (0)</h3>\n")
          .append("<textarea placeholder=\"").append(escape(bank.chrome("comment_placeholder"))).append("\"></textarea>\n")
          .append("<button>").append(escape(bank.chrome("comment_submit"))).append("</button></section>\n");
    }
    footer(h, page, bank);
    return h.append("</body>\n</html>\n").toString();
  }

  private static void cookieBanner(StringBuilder h, LanguageBank bank) {
    h.append("<div class=\"cookie-banner\">").append(escape(bank.chrome("cookie")))
        .append(" <button>").append(escape(bank.chrome("cookie_accept"))).append("</button></div>\n");
  }

  private static void header(StringBuilder h, PagePlan page, LanguageBank bank) {
    h.append("<header><div class=\"logo\"><a href=\"/\">").append(escape(page.site())).append("</a></div>\n<nav><ul>");
    List<String> nav = bank.chromeList("nav");
    for (int i = 0; i < nav.size(); i++) {
      h.append("<li><a href=\"/c").append(i).append("/\">").append(escape(nav.get(i))).append("</a></li>");
    }
    h.append("</ul></nav>\n");
    if (bank.chrome().containsKey("login")) {
      h.append("<div class=\"user\"><a href=\"/login\">").append(escape(bank.chrome("login"))).append("</a> | <a href=\"/register\">")
          .append(escape(bank.chrome("register"))).append("</a> <input type=\"search\" placeholder=\"")
          .append(escape(bank.chrome("search"))).append("\"></div>\n");
    }
    h.append("</header>\n");
  }

  private static void breadcrumb(StringBuilder h, PagePlan page, LanguageBank bank) {
    String sep = " " + escape(bank.chrome("breadcrumb_sep").strip()) + " ";
    h.append("<div class=\"breadcrumb\"><a href=\"/\">").append(escape(bank.chrome("home"))).append("</a>").append(sep)
        .append("<a href=\"/c1/\">").append(escape(bank.chrome("section"))).append("</a>").append(sep)
        .append(escape(bank.chrome("body_label"))).append("</div>\n");
  }

  private static void article(StringBuilder h, PagePlan page, LanguageBank bank) {
    h.append("<article>\n<h1>").append(escape(page.title())).append("</h1>\n");
    h.append("<div class=\"meta\"><span>").append(escape(bank.chrome("published"))).append(": ").append(page.published())
        .append("</span> <span>").append(escape(bank.chrome("source"))).append(": ").append(escape(page.site()))
        .append("</span></div>\n");
    for (String paragraph : page.paragraphs()) {
      h.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    h.append("<div class=\"editor\">").append(escape(bank.chrome("editor"))).append(": ").append(escape(page.site()))
        .append("</div>\n</article>\n");
  }

  private static void forum(StringBuilder h, PagePlan page, LanguageBank bank) {
    h.append("<div class=\"thread\">\n<h1>").append(escape(page.title())).append("</h1>\n");
    h.append("<div class=\"thread-stats\">").append(escape(bank.chrome("views"))).append(" ")
        .append(100 + page.title().length() * 37).append(" | ").append(escape(bank.chrome("reply"))).append(" ")
        .append(page.replies().size()).append("</div>\n");
    h.append("<div class=\"post\" id=\"post-1\"><div class=\"author\">").append(escape(bank.chrome("poster")))
        .append("</div><div class=\"content\">\n");
    for (String paragraph : page.paragraphs()) {
      h.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    h.append("</div><div class=\"time\">").append(page.published()).append("</div></div>\n");
    for (int i = 0; i < page.replies().size(); i++) {
      String reply = page.replies().get(i);
      int tab = reply.indexOf('\t');
      h.append("<div class=\"post\" id=\"post-").append(i + 2).append("\"><div class=\"author\">")
          .append(escape(reply.substring(0, tab))).append("</div><div class=\"floor\">").append(i + 2)
          .append(escape(bank.chrome("floor"))).append("</div><div class=\"content\"><p>")
          .append(escape(reply.substring(tab + 1))).append("</p></div><a class=\"reply\" href=\"#\">")
          .append(escape(bank.chrome("reply"))).append("</a></div>\n");
    }
    h.append("<form class=\"reply-box\"><textarea placeholder=\"").append(escape(bank.chrome("comment_placeholder")))
        .append("\"></textarea><button>").append(escape(bank.chrome("reply"))).append("</button></form>\n</div>\n");
  }

  private static void product(StringBuilder h, PagePlan page, LanguageBank bank) {
    int price = 199 + (page.title().length() * 53) % 1800;
    h.append("<div class=\"product\">\n<h1>").append(escape(page.title())).append("</h1>\n");
    h.append("<div class=\"price\">").append(escape(bank.chrome("price"))).append(": ").append(price).append(".00</div>\n");
    h.append("<button class=\"buy\">").append(escape(bank.chrome("buy"))).append("</button> <button class=\"cart\">")
        .append(escape(bank.chrome("cart"))).append("</button>\n");
    h.append("<table class=\"specs\"><caption>").append(escape(bank.chrome("specs"))).append("</caption>")
        .append("<tr><td>SKU</td><td>TX-").append(1000 + price).append("</td></tr><tr><td>kg</td><td>1.")
        .append(price % 10).append("</td></tr></table>\n<div class=\"description\">\n");
    for (String paragraph : page.paragraphs()) {
      h.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    h.append("</div>\n<section class=\"reviews\"><h3>").append(escape(bank.chrome("reviews"))).append("</h3>\n");
    for (String reply : page.replies()) {
      int tab = reply.indexOf('\t');
      h.append("<div class=\"review\"><span class=\"stars\">★★★★☆</span> <b>").append(escape(reply.substring(0, tab)))
          .append("</b><p>").append(escape(reply.substring(tab + 1))).append("</p></div>\n");
    }
    h.append("</section>\n</div>\n");
  }

  private static void docs(StringBuilder h, PagePlan page, LanguageBank bank) {
    h.append("<aside class=\"toc\"><h3>").append(escape(bank.chrome("toc"))).append("</h3><ul>");
    for (String title : page.related()) {
      h.append("<li><a href=\"#\">").append(escape(title)).append("</a></li>");
    }
    h.append("</ul></aside>\n<main>\n<h1>").append(escape(page.title())).append("</h1>\n");
    for (String paragraph : page.paragraphs()) {
      h.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    if (page.code() != null) {
      h.append("<pre><code>").append(escape(page.code())).append("</code></pre>\n");
    }
    h.append("<div class=\"doc-footer\"><a href=\"#\">").append(escape(bank.chrome("edit_page"))).append("</a></div>\n</main>\n");
  }

  private static void linkList(StringBuilder h, String cssClass, String heading, List<String> titles) {
    h.append("<section class=\"").append(cssClass).append("\"><h3>").append(escape(heading)).append("</h3><ul>");
    for (int i = 0; i < titles.size(); i++) {
      h.append("<li><a href=\"/a/").append(i).append(".html\">").append(escape(titles.get(i))).append("</a></li>");
    }
    h.append("</ul></section>\n");
  }

  private static void footer(StringBuilder h, PagePlan page, LanguageBank bank) {
    h.append("<footer>\n<p class=\"links\">");
    List<String> links = bank.chromeList("footer");
    for (int i = 0; i < links.size(); i++) {
      h.append(i == 0 ? "" : " | ").append("<a href=\"/about/").append(i).append("\">").append(escape(links.get(i))).append("</a>");
    }
    h.append("</p>\n");
    if (page.boilerplateHeavy()) {
      h.append("<p class=\"sitemap\">");
      for (String item : bank.chromeList("nav")) {
        h.append(escape(item)).append(' ');
      }
      h.append("</p>\n");
    }
    h.append("<p>").append(escape(bank.chrome("copyright"))).append(" ").append(escape(page.site())).append("</p>\n");
    for (String key : List.of("icp", "disclaimer", "follow")) {
      if (bank.chrome().containsKey(key)) {
        h.append("<p>").append(escape(bank.chrome(key))).append("</p>\n");
      }
    }
    h.append("</footer>\n");
  }

  private static List<String> reversed(List<String> items) {
    List<String> copy = new java.util.ArrayList<>(items);
    java.util.Collections.reverse(copy);
    return copy;
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
