package io.taoxi.filters.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetLabelsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "GB2312|GB18030", "gbk|GB18030", "x-gbk|GB18030", "cp936|GB18030", " \"GB18030\" |GB18030",
      "Big5|Big5-HKSCS", "big5-hkscs|Big5-HKSCS", "cp950|Big5-HKSCS",
      "Shift_JIS|windows-31j", "sjis|windows-31j", "x-sjis|windows-31j", "MS_Kanji|windows-31j",
      "EUC-KR|x-windows-949", "ks_c_5601-1987|x-windows-949", "cp949|x-windows-949",
      "euc-jp|EUC-JP", "ISO-8859-1|windows-1252", "latin1|windows-1252", "us-ascii|windows-1252",
      "utf8|UTF-8", "UTF-8|UTF-8", "koi8-r|KOI8-R", "windows-1251|windows-1251",
      "iso-2022-jp|ISO-2022-JP", "'utf-8';|UTF-8"})
  void mapsLabels(String label, String expected) {
    assertEquals(expected, CharsetLabels.resolve(label).orElseThrow().name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "no-such-charset", "utf-8 but longer", "\"", "x-made-up",
      "%%%", "\u4e2d\u6587"})
  void unknownLabelsAreEmptyNotExceptions(String label) {
    assertTrue(CharsetLabels.resolve(label).isEmpty(), label);
  }
}
