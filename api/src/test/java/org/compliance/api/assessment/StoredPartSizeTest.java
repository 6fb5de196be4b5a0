package org.compliance.api.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.fixtures.Fixtures;
import org.compliance.scorecard.Scorecard;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored part holds a recommendation's result without the derived list of all its findings (the
 * answers' {@code findings}, every requirement's findings again): about 40% of the JSON. A part
 * stored with that list still reads the same.
 */
class StoredPartSizeTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Test
  void aStoredPartHoldsEachFindingOnceAndAPartStoredWithTheListStillReads() throws IOException {
    var data = Fixtures.load();
    Scorecard card =
        new AssessmentRunner()
            .assess(
                data.catalogue(),
                data.evidence(),
                AssessmentRequest.asOf(LocalDate.of(2020, 2, 20), "ep-2019-2610"));
    ResultsCodec codec = new ResultsCodec(PLAIN, Long.MAX_VALUE);
    List<ScorecardParts.Part> parts = ScorecardParts.parts(card);
    long before = 0;
    long after = 0;
    long rawBefore = 0;
    long rawAfter = 0;
    for (ScorecardParts.Part p : parts) {
      byte[] old = gzip(PLAIN.writeValueAsBytes(p));
      byte[] now = codec.encode(p, codec.allowance());
      before += old.length;
      after += now.length;
      rawBefore += gunzip(old).length;
      rawAfter += gunzip(now).length;
      JsonNode stored = PLAIN.readTree(gunzip(now));
      assertThat(stored.get("result").has("findings")).isFalse();
      assertThat(stored.get("result").get("requirements")).isNotEmpty();
      assertThat(codec.decode(now, ScorecardParts.Part.class)).isEqualTo(p);
      assertThat(PLAIN.readTree(gunzip(old)).get("result").has("findings")).isTrue();
      assertThat(codec.decode(old, ScorecardParts.Part.class)).isEqualTo(p);
    }
    System.out.printf(
        "stored part, 2019 resolution as of 2020-02-20: %d parts; JSON %d bytes each before, %d"
            + " after; compressed %d before, %d after%n",
        parts.size(),
        rawBefore / parts.size(),
        rawAfter / parts.size(),
        before / parts.size(),
        after / parts.size());
    // The JSON loses about 40%; compressed, a small part's repeat was mostly squeezed out already.
    assertThat(rawAfter).isLessThan(rawBefore * 65 / 100);
    assertThat(after).isLessThan(before);
  }

  private static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(packed)) {
      out.write(raw);
    }
    return packed.toByteArray();
  }

  private static byte[] gunzip(byte[] packed) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
      return in.readAllBytes();
    }
  }
}
