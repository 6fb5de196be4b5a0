package org.compliance.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.scorecard.Scorecard;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one assessment of a synthetic data set holds and weighs stored: its findings (judgements and
 * summaries of context), and the scorecard as JSON, plain and gzip-compressed (the stored form's
 * order of size). Arguments as {@link HeapPeak}'s first.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.compliance.bench.StoredSize country</pre>
 */
public final class StoredSize {

  private StoredSize() {}

  public static void main(String[] args) throws IOException {
    var shape = HeapPeak.shape(args.length > 0 ? args[0] : "country");
    var data = org.compliance.bench.synthetic.SyntheticData.generate(shape);
    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    Scorecard card =
        new AssessmentRunner()
            .assess(
                data.catalogue(),
                data.evidence(),
                new AssessmentRequest(Benchmarks.AS_OF, Set.of(), false));
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
    long findings = 0;
    long ids = 0;
    long requirements = 0;
    for (var r : card.recommendations()) {
      for (var q : r.requirements()) {
        requirements++;
        for (var f : q.findings()) {
          findings++;
          ids += f.evidenceIds().size();
        }
      }
    }
    byte[] json = JsonMapper.builder().build().writeValueAsBytes(card);
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
      out.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(
        "%s: %,d items, %,d requirements, assessed in %.2f s CPU; %,d findings naming %,d ids;"
            + " JSON %,d bytes, gzip %,d bytes%n",
        shape,
        data.evidence().size(),
        requirements,
        cpu / 1e9,
        findings,
        ids,
        json.length,
        zipped.size());
  }
}
