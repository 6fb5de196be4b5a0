package org.compliance.registry.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** References read by structure, whatever the wording and language. */
class LegalReferenceTest {

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Article 274 of the Criminal Code         | CRIMINAL       | 274   | -
          Art. 274 CC                              | CRIMINAL       | 274   | -
          CC art. 274                              | CRIMINAL       | 274   | -
          CC 274                                   | CRIMINAL       | 274   | -
          ст. 274 УК РК                            | CRIMINAL       | 274   | -
          статья 174 Уголовного кодекса РК         | CRIMINAL       | 174   | -
          ч. 1 ст. 174 УК                          | CRIMINAL       | 174   | 1
          Article 174 part 1                       | -              | 174   | 1
          Art. 258, Part 2 of Kazakhstan's Criminal Code | CRIMINAL | 258   | 2
          Art. 258(2) CC                           | CRIMINAL       | 258   | 2
          ҚР ҚК 174-бабы                           | CRIMINAL       | 174   | -
          Article 460-1 of the Code on Administrative Offences | ADMINISTRATIVE | 460-1 | -
          ст. 460-2 КоАП РК                        | ADMINISTRATIVE | 460-2 | -
          Кодекс Республики Казахстан об административных правонарушениях, статья 460 | ADMINISTRATIVE | 460 | -
          """)
  void readsOneReference(String text, LegalCode code, String article, String part) {
    assertThat(LegalReference.parse(text)).containsExactly(new LegalReference(code, article, part));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Articles 174 and 274 of the Criminal Code
          ст. 174, 274 УК РК
          """)
  void readsSeveralArticles(String text) {
    assertThat(LegalReference.parse(text))
        .extracting(LegalReference::article)
        .containsExactly("174", "274");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Law on peaceful assembly
          Criminal Code provisions on criminal libel
          Maks Bokayev
          the 2022 state of emergency
          """)
  void otherTextIsNoReference(String text) {
    assertThat(LegalReference.parse(text)).isEqualTo(List.of());
  }
}
