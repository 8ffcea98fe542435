package io.taoxi.filters.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlCharsetPrescanTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<meta charset=\"gbk\">|gbk",
      "<META CHARSET=big5>|big5",
      "<meta charset='Shift_JIS' />|Shift_JIS",
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">|euc-kr",
      "<meta content=\"text/html;charset=gb2312\" http-equiv=\"content-type\">|gb2312",
      "<?xml version=\"1.0\" encoding=\"EUC-JP\"?><html>|EUC-JP",
      "<!-- <meta charset=\"big5\"> --><meta charset=\"utf-8\">|utf-8",
      "<meta name=\"description\" content=\"charset=nope\"><meta charset=koi8-r>|koi8-r",
      "<meta http-equiv=\"refresh\" content=\"0; charset=nope\">|",
      "<p>no declaration</p>|"})
  void findsTheDeclaredLabel(String head, String expected) {
    Optional<String> label = HtmlCharsetPrescan.declaredLabel(head.getBytes(StandardCharsets.ISO_8859_1), 0);
    assertEquals(Optional.ofNullable(expected), label);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "text/html; charset=GBK|GBK", "text/html;charset=\"utf-8\"|utf-8",
      "text/html; Charset = big5 ; q=1|big5", "text/html|", "application/octet-stream; x=1|"})
  void readsTheHeaderParameter(String header, String expected) {
    assertEquals(Optional.ofNullable(expected), HtmlCharsetPrescan.headerLabel(header));
  }
}
