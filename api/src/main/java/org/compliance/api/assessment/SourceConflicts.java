package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.evidence.EvidenceView;
import org.compliance.api.evidence.EvidenceViews;
import org.compliance.api.problem.ApiException;
import org.compliance.api.security.Reader;
import org.compliance.evidence.ReviewStatus;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.SourceKind;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.springframework.stereotype.Service;

/**
 * The conflicts between sources an officer has to resolve: those in the latest assessment of each
 * set of documents whose two items both still count. Until an officer sets one account aside (a
 * rejection with a note, through the review), the rules let the independent and less favourable
 * account decide; the list says which one does now.
 */
@Service
public class SourceConflicts {

  /** The latest assessments looked at, one per set of documents: the rest are older news. */
  static final int ASSESSMENTS = 20;

  private final AssessmentStore store;
  private final AssessmentViews views;
  private final EvidenceViews evidence;
  private final CatalogueStore catalogue;
  private final EvidenceStore versions;

  public SourceConflicts(
      AssessmentStore store,
      AssessmentViews views,
      EvidenceViews evidence,
      CatalogueStore catalogue,
      EvidenceStore versions) {
    this.versions = versions;
    this.store = store;
    this.views = views;
    this.evidence = evidence;
    this.catalogue = catalogue;
  }

  /**
   * One account of a conflict: the item, what kind of source said it (null: not known), and the
   * item's version, which setting it aside names (a decision already made changes only knowingly).
   */
  public record Account(EvidenceView item, SourceKind sourceKind, long version) {}

  /** A recommendation the conflict bears on, in the assessment that found it. */
  public record Bearing(String recommendation, String paragraph, String text) {}

  /**
   * Two accounts that disagree: {@code decides} is the one the rules follow until an officer
   * decides, {@code other} the one they set aside for now.
   */
  public record Open(
      Account decides,
      Account other,
      String ruleId,
      String rule,
      String explanation,
      String assessmentId,
      List<Bearing> recommendations) {}

  /** Every open conflict, newest assessment first, each pair of items once. */
  public List<Open> open(Reader officer, Locale locale) {
    Map<List<String>, Open> found = new LinkedHashMap<>();
    Set<String> documentSets = new HashSet<>();
    EntityRegistry registry = catalogue.catalogue().registry();
    for (StoredAssessment listed : store.list()) {
      if (documentSets.size() == ASSESSMENTS) {
        break;
      }
      if (!documentSets.add(String.join(",", listed.documents()))) {
        continue; // an older assessment of the same documents
      }
      StoredAssessment a = views.get(listed.id(), officer, locale);
      for (RecommendationResult r : a.scorecard().recommendations()) {
        for (RequirementResult q : r.requirements()) {
          for (Finding f : q.findings()) {
            if (f.effect() != Finding.Effect.CONFLICT || f.evidenceIds().size() != 2) {
              continue;
            }
            List<String> pair = f.evidenceIds();
            Open o = found.get(pair);
            if (o == null) {
              Account decides = account(pair.get(0), officer, registry);
              Account other = account(pair.get(1), officer, registry);
              if (decides == null || other == null) {
                continue; // one of them no longer counts: resolved since
              }
              o =
                  new Open(
                      decides,
                      other,
                      f.ruleId(),
                      f.rule(),
                      f.explanation(locale),
                      a.id(),
                      new ArrayList<>());
              found.put(pair, o);
            }
            if (o.assessmentId().equals(a.id())
                && o.recommendations().stream().noneMatch(b -> b.recommendation().equals(r.id()))) {
              o.recommendations().add(new Bearing(r.id(), r.paragraph(), r.text()));
            }
          }
        }
      }
    }
    return List.copyOf(found.values());
  }

  /** The item as it is now, if it still counts (verified or awaiting review). */
  private Account account(String id, Reader officer, EntityRegistry registry) {
    try {
      EvidenceView v = evidence.visible(id, officer);
      ReviewStatus s = v.item().status();
      if (s != ReviewStatus.VERIFIED && s != ReviewStatus.SUBMITTED) {
        return null;
      }
      String source = v.item().source() == null ? null : v.item().source().organisation();
      return new Account(v, registry.sourceKind(source).orElse(null), versions.version(id));
    } catch (ApiException gone) {
      return null;
    }
  }
}
