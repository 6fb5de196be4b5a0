package org.compliance.api.workbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.ParagraphOrder;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;

/**
 * What a scorecard workbook shows: the assessment, the documents it covers, the evidence it used,
 * and where it came from.
 *
 * @param documents the scorecard's documents, in its order (titles for the Summary sheet)
 * @param evidence the items the scorecard used, in the order of {@link Scorecard#evidenceUsed()}
 * @param inputHash identifies the catalogue and evidence the assessment ran on; may be null
 * @param generatedAt when the workbook is made
 * @param shown the recommendations the list sheets hold, in their order: those the reader chose on
 *     screen, or all in paragraph order; the Summary is always of the whole scorecard
 * @param files the names of the files attached to the items used, by item id (items without files
 *     are absent)
 */
public record ScorecardReport(
    Scorecard scorecard,
    List<Document> documents,
    List<EvidenceItem> evidence,
    String inputHash,
    Instant generatedAt,
    List<RecommendationResult> shown,
    Map<String, List<String>> files) {

  public ScorecardReport {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(generatedAt, "generatedAt");
    documents = List.copyOf(documents);
    evidence = List.copyOf(evidence);
    shown =
        shown == null
            ? scorecard.recommendations().stream().sorted(ParagraphOrder.ORDER).toList()
            : List.copyOf(shown);
    files = files == null ? Map.of() : Map.copyOf(files);
  }

  /** Every recommendation, in paragraph order; items without files. */
  public ScorecardReport(
      Scorecard scorecard,
      List<Document> documents,
      List<EvidenceItem> evidence,
      String inputHash,
      Instant generatedAt) {
    this(scorecard, documents, evidence, inputHash, generatedAt, null, Map.of());
  }

  /**
   * The same report holding only {@code rows}, in their order (the rows on screen), and only the
   * evidence their findings name.
   */
  public ScorecardReport shown(List<RecommendationResult> rows) {
    Set<String> named = new HashSet<>();
    rows.forEach(
        r ->
            r.requirements()
                .forEach(q -> q.findings().forEach(f -> named.addAll(f.evidenceIds()))));
    List<EvidenceItem> used =
        rows.size() == scorecard.recommendations().size()
            ? evidence
            : evidence.stream().filter(e -> named.contains(e.id())).toList();
    return new ScorecardReport(scorecard, documents, used, inputHash, generatedAt, rows, files);
  }

  /** Whether the list sheets leave out some recommendations. */
  public boolean narrowed() {
    return shown.size() < scorecard.recommendations().size();
  }

  /** The same report, naming the files attached to its items. */
  public ScorecardReport withFiles(Map<String, List<String>> files) {
    return new ScorecardReport(
        scorecard, documents, evidence, inputHash, generatedAt, shown, files);
  }

  /**
   * Picks from the catalogue and the evidence set the documents and the items the scorecard names.
   *
   * @throws IllegalArgumentException when a document or a used item is not there (a scorecard from
   *     other inputs)
   */
  public static ScorecardReport of(
      Scorecard scorecard,
      Catalogue catalogue,
      Collection<EvidenceItem> evidence,
      String inputHash,
      Instant generatedAt) {
    List<Document> documents = new ArrayList<>();
    for (String id : scorecard.documents()) {
      documents.add(
          catalogue
              .document(id)
              .orElseThrow(() -> new IllegalArgumentException("unknown document " + id)));
    }
    Map<String, EvidenceItem> byId = new HashMap<>();
    evidence.forEach(e -> byId.put(e.id(), e));
    List<EvidenceItem> used = new ArrayList<>();
    for (String id : scorecard.evidenceUsed()) {
      EvidenceItem item = byId.get(id);
      if (item == null) {
        throw new IllegalArgumentException("the scorecard used evidence " + id + ", not given");
      }
      used.add(item);
    }
    return new ScorecardReport(scorecard, documents, used, inputHash, generatedAt);
  }
}
