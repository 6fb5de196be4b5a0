package org.compliance.assessment.facts;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.compliance.catalogue.EngagementSubject;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.registry.SourceKind;
import org.compliance.scorecard.Wording;

/**
 * One case for the judging rules: an admitted evidence item bearing on a requirement (it names its
 * target, shows its practice, or is linked; see {@code BearingIndex}), carrying what the rules need
 * of both so that a judging rule is one pattern, filtered in the alpha network, with no join back
 * to the requirement or the item.
 */
public final class Relevant {
  private final String requirementId;
  private final String recommendationId;
  private final RequirementKind kind;
  private final boolean practiceTarget;
  private final String evidenceId;
  private final EvidenceType evidenceType;
  private final Set<Qualifier> qualifiers;
  private final LocalDate start;
  private final LocalDate end;
  private final String summary;
  private final Wording via;
  private final String pair;
  private final String stillInForce;
  private final EngagementSubject subject;
  private final Set<EngagementSubject> itemSubjects;
  private final boolean continuous;
  private final Wording outsideActor;
  private final Object dates;
  private final int scale;
  private final Set<String> members;
  private final boolean selfAssessed;
  // The English text of this item's note when no rule decided on it (NoBearingNote), kept: a
  // what-if re-derives a requirement's note over its thousands of items, each read again.
  private volatile String[] noteText; // key, text

  public Relevant(RequirementFact requirement, EvidenceItem item, Wording via) {
    this(requirement, null, item, via, null, null, null, Set.of(), null);
  }

  /**
   * With {@code stillInForce}: for a repeal, the provisions the ask is about that remain in force
   * (null when none do). With {@code ask}: what an engagement ask is about and whether it is
   * continuous. With {@code outsideActor}: the item is an act of a body that does not act for the
   * addressee of the ask (an act of the EEAS on an ask to the EU Delegation), in words. With {@code
   * asOf}: the assessment's last day, where the item's period is cut for judging (null: not cut).
   */
  public Relevant(
      RequirementFact requirement,
      Requirement ask,
      EvidenceItem item,
      Wording via,
      String stillInForce,
      Wording outsideActor,
      LocalDate asOf,
      Set<String> members,
      SourceKind source) {
    this.members = Set.copyOf(members);
    this.selfAssessed = source == SourceKind.STATE_AUTHORITY;
    this.stillInForce = stillInForce;
    this.subject = ask == null ? null : ask.subject();
    this.continuous =
        ask == null ? requirement.getKind() == RequirementKind.ENGAGE : ask.continuous();
    this.outsideActor = outsideActor;
    Set<EngagementSubject> about = EnumSet.noneOf(EngagementSubject.class);
    for (Qualifier q : item.qualifiers()) {
      EngagementSubject s = EngagementSubject.of(q);
      if (s != null) {
        about.add(s);
      }
    }
    this.itemSubjects = about;
    this.requirementId = requirement.getId();
    this.recommendationId = requirement.getRecommendationId();
    this.kind = requirement.getKind();
    this.practiceTarget = requirement.isPracticeTarget();
    this.evidenceId = item.id();
    this.evidenceType = item.type();
    this.qualifiers = item.qualifiers();
    this.start = item.start();
    // What the source can vouch for, and no later than the window's end: counter-evidence and
    // credit are dated by it.
    LocalDate vouched = item.lastVouchedDay();
    this.end = asOf != null && vouched.isAfter(asOf) ? asOf : vouched;
    this.dates = item.dates();
    this.scale = item.scale();
    this.summary = item.summary();
    this.via = via;
    this.pair = Judgement.pair(requirementId, evidenceId);
  }

  public String getRequirementId() {
    return requirementId;
  }

  public String getRecommendationId() {
    return recommendationId;
  }

  public RequirementKind getKind() {
    return kind;
  }

  /** The identified members of a group ask the item names (empty for other asks). */
  public Set<String> getMembers() {
    return members;
  }

  /** True when the ask is about a practice or group, not a named entity. */
  public boolean isPracticeTarget() {
    return practiceTarget;
  }

  public boolean isPersonalRemedy() {
    return kind.isPersonalRemedy();
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public EvidenceType getEvidenceType() {
    return evidenceType;
  }

  public Set<Qualifier> getQualifiers() {
    return qualifiers;
  }

  public LocalDate getStart() {
    return start;
  }

  public LocalDate getEnd() {
    return end;
  }

  /** The item's summary, so explaining a relation needs no join back to the item. */
  public String getSummary() {
    return summary;
  }

  /** Why the item bears on the requirement ("names ...", "shows ...", "linked to ..."). */
  public Wording getVia() {
    return via;
  }

  /** For a repeal: the names of the asked provisions still in force, or null when none are. */
  public String getStillInForce() {
    return stillInForce;
  }

  /** True unless a repeal leaves some of the asked provisions in force. */
  public boolean isWholeAsk() {
    return stillInForce == null;
  }

  /**
   * True when the item's source is the state itself (a ministry, the prosecutor's office): its
   * account of its own steps is a self-assessment.
   */
  public boolean isSelfAssessed() {
    return selfAssessed;
  }

  /** How many people or bodies the event concerns (see {@link EvidenceItem#scale}). */
  public int getScale() {
    return scale;
  }

  /**
   * The item's dates as the explanation shows them: as its source gives them ("2019-12",
   * "2019-03-14 to 2019-12"), never a window the source does not state.
   */
  public Object when() {
    return dates;
  }

  /**
   * Requirement and evidence id in one key, so a rule can match a relation to its pair with a
   * single indexed equality.
   */
  public String getPair() {
    return pair;
  }

  /** What an engagement ask is about, or null when the ask names no subject. */
  public EngagementSubject getSubject() {
    return subject;
  }

  /** True when the ask names no subject, or the item says it was about that subject. */
  public boolean isOnSubject() {
    return subject == null || itemSubjects.contains(subject);
  }

  /**
   * True when raising the concerns is what the ask is about (monitoring, statements, dialogue), or
   * the ask names no subject; false when the act itself is what was asked (attending a trial).
   */
  public boolean isConcernsAreTheAsk() {
    return subject == null || subject.concernsAreTheAsk();
  }

  /** True when only a sustained record meets the ask ("continue to monitor", "in all meetings"). */
  public boolean isContinuous() {
    return continuous;
  }

  /** True unless the item is an act of a body that does not act for the ask's addressee. */
  public boolean isActsForAsk() {
    return outsideActor == null;
  }

  /** The body that acted, and for whom it does not act, in words (null when it acts for them). */
  public Wording getOutsideActor() {
    return outsideActor;
  }

  /**
   * True when the item is an act on the ask's subject, by a body acting for its addressee, that did
   * what was asked: the concerns were raised, or (where the act itself is the ask) the act was
   * done. Such acts make up a sustained record.
   */
  public boolean isDoneAsAsked() {
    if (!isOnSubject() || !isActsForAsk()) {
      return false;
    }
    if (qualifiers.contains(Qualifier.CONCERNS_RAISED)) {
      return true;
    }
    return !isConcernsAreTheAsk() && !qualifiers.contains(Qualifier.CONCERNS_NOT_RAISED);
  }

  /** The ask's subject as the code of its label ("trial monitoring"), or null. */
  public Qualifier subjectCode() {
    return subject == null ? null : subject.qualifier();
  }

  /** What the item says it was about, as codes of their labels, or null when it does not say. */
  public List<Qualifier> itemSubjectCodes() {
    if (itemSubjects.isEmpty()) {
      return null;
    }
    return itemSubjects.stream().map(EngagementSubject::qualifier).toList();
  }

  /** The English text of this item's note of wording {@code key}, made once by {@code text}. */
  String noteText(String key, java.util.function.Supplier<String> text) {
    String[] t = noteText;
    if (t == null || !t[0].equals(key)) {
      t = new String[] {key, text.get()};
      noteText = t;
    }
    return t[1];
  }
}
