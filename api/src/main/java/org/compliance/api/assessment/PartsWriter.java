package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compliance.assessment.PartitionResults;
import org.compliance.assessment.ScorecardSink;
import org.compliance.catalogue.Recommendation;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.ParagraphOrder;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a running assessment's parts to {@code assessment_part} as each partition concludes, one
 * transaction per partition, at their place in paragraph order. A part's {@code first_finding} (the
 * findings of every part before it) is exact when the parts before it are already written, else
 * fixed when the assessment closes ({@link #corrections}). Counts what the answer and the notice
 * need (statuses, conflicts) on the way.
 */
final class PartsWriter implements ScorecardSink {

  private final String id;
  private final ResultsCodec codec;
  private final ResultsCodec.Allowance cap;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final List<AssessmentProgress> progress;
  private final Map<String, Integer> position = new HashMap<>();
  private final Map<RecommendationStatus, Integer> byStatus =
      new EnumMap<>(RecommendationStatus.class);
  private int[] findings = new int[0]; // by position; -1 until written
  private int[] storedFirst = new int[0]; // first_finding as written
  private int prefix; // positions 0..prefix-1 are all written
  private long prefixFindings; // their findings
  private int written;
  private long conflicts;

  PartsWriter(
      String id,
      ResultsCodec codec,
      ResultsCodec.Allowance cap,
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      List<AssessmentProgress> progress) {
    this.id = id;
    this.codec = codec;
    this.cap = cap;
    this.jdbc = jdbc;
    this.tx = tx;
    this.progress = progress;
  }

  @Override
  public void begin(List<Recommendation> recommendations) {
    List<Recommendation> ordered = new ArrayList<>(recommendations);
    ordered.sort(ParagraphOrder.RECOMMENDATIONS);
    for (int i = 0; i < ordered.size(); i++) {
      position.put(ordered.get(i).id(), i);
    }
    findings = new int[ordered.size()];
    Arrays.fill(findings, -1);
    storedFirst = new int[ordered.size()];
  }

  @Override
  public void accept(PartitionResults partition) {
    List<ScorecardParts.Part> parts = new ArrayList<>();
    partition
        .recommendations()
        .forEach(r -> parts.add(ScorecardParts.part(r, partition.corroboration())));
    parts.sort((a, b) -> Integer.compare(at(a), at(b)));
    List<Object[]> rows = new ArrayList<>(parts.size());
    for (ScorecardParts.Part p : parts) {
      RecommendationResult r = p.result();
      int at = at(p);
      findings[at] = p.findings();
      storedFirst[at] = at == prefix ? (int) prefixFindings : 0;
      while (prefix < findings.length && findings[prefix] >= 0) {
        prefixFindings += findings[prefix++];
      }
      byStatus.merge(r.status(), 1, Integer::sum);
      conflicts +=
          r.requirements().stream()
              .flatMap(q -> q.findings().stream())
              .filter(f -> f.effect() == Finding.Effect.CONFLICT)
              .count();
      rows.add(
          new Object[] {
            id,
            at,
            r.id(),
            r.document(),
            r.status().name(),
            r.score(),
            storedFirst[at],
            findings[at],
            codec.encode(p, cap)
          });
    }
    tx.executeWithoutResult(
        s ->
            jdbc.batchUpdate(
                "INSERT INTO assessment_part (assessment_id, position, recommendation_id,"
                    + " document_id, status, score, first_finding, findings, result)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows));
    written += rows.size();
    progress.forEach(l -> l.stored(id, written, findings.length));
  }

  private int at(ScorecardParts.Part p) {
    return position.get(p.result().id());
  }

  /**
   * The parts whose first_finding was written before the parts ahead of them: {first, position}.
   */
  List<Object[]> corrections() {
    List<Object[]> fixes = new ArrayList<>();
    long first = 0;
    for (int at = 0; at < findings.length; at++) {
      if (storedFirst[at] != first) {
        fixes.add(new Object[] {(int) first, id, at});
      }
      first += Math.max(findings[at], 0);
    }
    return fixes;
  }

  ResultsCodec.Allowance cap() {
    return cap;
  }

  /** Recommendations by status, every status present (0 when none). */
  Map<RecommendationStatus, Integer> byStatus() {
    Map<RecommendationStatus, Integer> all = new EnumMap<>(RecommendationStatus.class);
    for (RecommendationStatus s : RecommendationStatus.values()) {
      all.put(s, byStatus.getOrDefault(s, 0));
    }
    return all;
  }

  int recommendations() {
    return written;
  }

  long conflicts() {
    return conflicts;
  }
}
