package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceFiles;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.evidence.files.EvidenceFile;
import org.compliance.api.problem.ApiException;
import org.compliance.api.security.Reader;
import org.compliance.api.workbook.ScorecardReport;
import org.compliance.api.workbook.WorkbookOptions;
import org.compliance.scorecard.Corroboration;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Reading stored assessments as a reader may see them: an NGO opens none that counted unreviewed
 * items, and sees in the others only verified evidence and its own.
 */
@Service
public class AssessmentViews {

  private final CatalogueStore catalogue;
  private final EvidenceStore evidence;
  private final AssessmentStore store;
  private final EvidenceFiles files;

  public AssessmentViews(
      CatalogueStore catalogue,
      EvidenceStore evidence,
      AssessmentStore store,
      EvidenceFiles files) {
    this.catalogue = catalogue;
    this.evidence = evidence;
    this.store = store;
    this.files = files;
  }

  /**
   * A stored assessment's scorecard workbook as this reader reads it: what it shows, how (the
   * language, a page per recommendation or not, the changes since the previous assessment), and its
   * file name. {@code a} is the assessment as {@link #get} gave this reader in this language; the
   * list sheets hold the rows {@code filter} chooses.
   */
  public record Workbook(ScorecardReport report, WorkbookOptions options, String fileName) {}

  public Workbook workbook(
      StoredAssessment a, Reader reader, Locale locale, boolean detail, ScorecardFilter filter) {
    Scorecard card = verdicts(a, reader, locale);
    List<RecommendationResult> shown = filter.apply(card.recommendations(), locale);
    // The list sheets' findings come part by part, as the CSV's rows do.
    ScorecardReport report =
        ScorecardReport.of(card, sealed(a), evidence.all(), a.inputHash(), a.createdAt())
            .shown(shown, each -> shown(a, reader, locale, filter, each));
    // The scorecard is already this reader's (ReaderScorecard): its items are theirs to see.
    Map<String, List<String>> names = new HashMap<>();
    files
        .ofVisibleItems(card.evidenceUsed())
        .forEach((id, list) -> names.put(id, list.stream().map(EvidenceFile::name).toList()));
    report = report.withFiles(names);
    WorkbookOptions options =
        new WorkbookOptions(locale, detail, previous(a, reader, locale).orElse(null));
    String name =
        "scorecard-"
            + a.id()
            + "-"
            + String.join("-", card.documents())
            + "-"
            + card.asOf()
            + ".xlsx";
    return new Workbook(report, options, name);
  }

  /**
   * A stored assessment as {@link #get} gives this reader, but with its recommendations' verdicts
   * only (without their requirements and findings), read part by part: what the workbook's Summary
   * and Recommendations sheets need, never the whole scorecard. {@code a} is as {@link #head} gave
   * it to this reader.
   */
  private Scorecard verdicts(StoredAssessment a, Reader reader, Locale locale) {
    Predicate<String> visible = predicate(reader);
    SealedReviews reviews = new SealedReviews(sealed(a));
    List<RecommendationResult> verdicts = new ArrayList<>();
    store.eachPart(
        a.id(),
        p ->
            verdicts.add(
                // The verdict alone: its findings are not read for the reader only to be dropped.
                reviews
                    .of(ReaderScorecard.verdict(p.result(), visible, locale))
                    .withRequirements(List.of())));
    Scorecard summary =
        store.summary(a.id()).orElseThrow(() -> ApiException.notFound("Assessment " + a.id()));
    return ReaderScorecard.of(summary, visible, locale).withRecommendations(verdicts);
  }

  /**
   * The catalogue as the assessment judged it: its documents at the versions it names (its seal),
   * never the current ones, so reading it later reads the same.
   */
  public org.compliance.catalogue.Catalogue sealed(StoredAssessment a) {
    return catalogue.at(a.catalogueVersions());
  }

  /** The titles of the assessment's documents as it judged them, in its order. */
  public List<String> titles(StoredAssessment a) {
    org.compliance.catalogue.Catalogue c = sealed(a);
    return a.documents().stream().map(d -> c.document(d).map(x -> x.title()).orElse(d)).toList();
  }

  /** The assessments this reader may open (an NGO: none counting unreviewed items). */
  public List<StoredAssessment> list(Reader reader) {
    return store.list().stream().filter(a -> reader.mayRead(a.includeUnverified())).toList();
  }

  /**
   * The scorecard of the assessment before {@code a} of the same documents on the same evidence
   * basis, as this reader may see it: the latest earlier as-of date, or the same date run earlier.
   * Empty when there is none. Its verdicts only: the Summary's changes compare scores and statuses.
   */
  private Optional<Scorecard> previous(StoredAssessment a, Reader reader, Locale locale) {
    Comparator<StoredAssessment> order =
        Comparator.comparing(StoredAssessment::asOf).thenComparing(StoredAssessment::createdAt);
    return list(reader).stream()
        .filter(b -> !b.id().equals(a.id()))
        .filter(b -> Set.copyOf(b.documents()).equals(Set.copyOf(a.documents())))
        .filter(b -> b.includeUnverified() == a.includeUnverified())
        .filter(b -> order.compare(b, a) < 0)
        .max(order)
        .map(b -> verdicts(b, reader, locale));
  }

  /**
   * A stored assessment as this reader may see it, in the request's language; one it may not read
   * is not found.
   */
  public StoredAssessment get(String id, Reader reader) {
    return get(id, reader, LocaleContextHolder.getLocale());
  }

  /** A stored assessment as this reader may see it, in this language. */
  public StoredAssessment get(String id, Reader reader, Locale locale) {
    StoredAssessment a =
        store
            .find(id)
            .filter(x -> reader.mayRead(x.includeUnverified()))
            .orElseThrow(() -> ApiException.notFound("Assessment " + id));
    return a.withScorecard(
        new SealedReviews(sealed(a))
            .of(ReaderScorecard.of(a.scorecard(), predicate(reader), locale)));
  }

  /**
   * A stored assessment without its scorecard (its group scores only), if this reader may open it:
   * for the pages that name the assessment but show none of its recommendations.
   */
  public StoredAssessment head(String id, Reader reader) {
    return store
        .head(id)
        .filter(x -> reader.mayRead(x.includeUnverified()))
        .orElseThrow(() -> ApiException.notFound("Assessment " + id));
  }

  /** One recommendation of a stored assessment as this reader reads it, from its part alone. */
  public record RecommendationView(
      StoredAssessment assessment,
      RecommendationResult recommendation,
      List<Corroboration> corroboration) {}

  public RecommendationView recommendation(String id, String rid, Reader reader, Locale locale) {
    StoredAssessment a = head(id, reader);
    ScorecardParts.Part p =
        store.part(id, rid).orElseThrow(() -> ApiException.notFound("Recommendation " + rid));
    ScorecardParts.Part read = ReaderScorecard.part(p, predicate(reader), locale);
    return new RecommendationView(
        a, new SealedReviews(sealed(a)).of(read.result()), read.corroboration());
  }

  /**
   * The recommendations of a stored assessment this reader is shown with {@code filter}, in its
   * order, each as {@link #get} would give it (read by {@link ReaderScorecard}, with its review),
   * handed to {@code each} one at a time as its part is read: no more than one part is held. In
   * paragraph order that is one pass over the parts; in another, a first pass keeps the chosen
   * verdicts without their requirements to sort them, and each part is then read again in turn.
   * {@code a} is the assessment as {@link #head} gave it to this reader.
   */
  public void shown(
      StoredAssessment a,
      Reader reader,
      Locale locale,
      ScorecardFilter filter,
      Consumer<RecommendationResult> each) {
    Predicate<String> visible = predicate(reader);
    SealedReviews reviews = new SealedReviews(sealed(a));
    Function<ScorecardParts.Part, RecommendationResult> read =
        p -> reviews.of(ReaderScorecard.recommendation(p.result(), visible, locale));
    if (filter.inParagraphOrder()) {
      store.eachPart(
          a.id(),
          p -> {
            RecommendationResult r = read.apply(p);
            if (filter.keeps(r, locale)) {
              each.accept(r);
            }
          });
      return;
    }
    List<RecommendationResult> chosen = new ArrayList<>();
    store.eachPart(
        a.id(),
        p -> {
          RecommendationResult r = read.apply(p);
          if (filter.keeps(r, locale)) {
            chosen.add(r.withRequirements(List.of()));
          }
        });
    chosen.sort(filter.order());
    for (RecommendationResult r : chosen) {
      each.accept(read.apply(store.part(a.id(), r.id()).orElseThrow()));
    }
  }

  /**
   * One page of a stored assessment's findings in paragraph order (each as this reader reads it,
   * {@link ReaderScorecard#finding}), reading only the recommendations that hold them.
   */
  public org.springframework.data.domain.Page<FindingRow> findings(
      String id, Reader reader, org.springframework.data.domain.Pageable page, Locale locale) {
    head(id, reader);
    Findings f = store.findings(id, page.getOffset(), page.getPageSize());
    Predicate<String> visible = predicate(reader);
    List<FindingRow> rows =
        f.rows().stream()
            .map(
                r ->
                    new FindingRow(
                        r.recommendation(),
                        r.paragraph(),
                        ReaderScorecard.finding(r.finding(), visible, locale)))
            .toList();
    return new org.springframework.data.domain.PageImpl<>(rows, page, f.total());
  }

  private Predicate<String> predicate(Reader reader) {
    return reader.officer() ? ReaderScorecard.EVERY_ITEM : visibility(reader);
  }

  /** The evidence ids an NGO may see: verified items and its own. */
  private Predicate<String> visibility(Reader reader) {
    Set<String> ids = new HashSet<>();
    evidence.list(null, null, null, reader).forEach(s -> ids.add(s.item().id()));
    return ids::contains;
  }
}
