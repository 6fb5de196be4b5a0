package org.compliance.api.workbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
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
 * @param rows the recommendations {@code shown}, in the same order, with their findings, handed
 *     over one at a time as the Findings and Details sheets are written; {@code scorecard} and
 *     {@code shown} need only the verdicts (a stored assessment's recommendations without their
 *     requirements), so a stored scorecard is never held whole
 */
public record ScorecardReport(
    Scorecard scorecard,
    List<Document> documents,
    List<EvidenceItem> evidence,
    String inputHash,
    Instant generatedAt,
    List<RecommendationResult> shown,
    Map<String, List<String>> files,
    Rows rows) {

  /** The shown recommendations with their findings, in order, one at a time. */
  @FunctionalInterface
  public interface Rows {
    void each(Consumer<RecommendationResult> each);
  }

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
    if (rows == null) {
      List<RecommendationResult> held = shown;
      rows = held::forEach;
    }
  }

  /** Every recommendation, in paragraph order; items without files. */
  public ScorecardReport(
      Scorecard scorecard,
      List<Document> documents,
      List<EvidenceItem> evidence,
      String inputHash,
      Instant generatedAt) {
    this(scorecard, documents, evidence, inputHash, generatedAt, null, Map.of(), null);
  }

  /**
   * The same report holding only {@code rows}, in their order (the rows on screen), with their
   * findings; the Evidence sheet then lists only the items their findings name.
   */
  public ScorecardReport shown(List<RecommendationResult> rows) {
    return new ScorecardReport(
        scorecard, documents, evidence, inputHash, generatedAt, rows, files, null);
  }

  /**
   * The same report holding only the recommendations {@code verdicts} (without their findings, in
   * the order shown), whose findings {@code rows} hands over one at a time in the same order.
   */
  public ScorecardReport shown(List<RecommendationResult> verdicts, Rows rows) {
    return new ScorecardReport(
        scorecard, documents, evidence, inputHash, generatedAt, verdicts, files, rows);
  }

  /** Whether the list sheets leave out some recommendations. */
  public boolean narrowed() {
    return shown.size() < scorecard.recommendations().size();
  }

  /** The same report, naming the files attached to its items. */
  public ScorecardReport withFiles(Map<String, List<String>> files) {
    return new ScorecardReport(
        scorecard, documents, evidence, inputHash, generatedAt, shown, files, rows);
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
