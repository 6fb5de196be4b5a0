package org.compliance.api.evidence.spreadsheet;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;

/** The evidence types and qualifiers in plain words, and lenient parsing of what users type. */
final class Vocabulary {

  private static final Map<EvidenceType, String> TYPES = new EnumMap<>(EvidenceType.class);
  private static final Map<Qualifier, String> QUALIFIERS = new EnumMap<>(Qualifier.class);

  static {
    TYPES.put(EvidenceType.RELEASE, "A person left prison or detention.");
    TYPES.put(
        EvidenceType.DETENTION,
        "An arrest, administrative arrest, pre-trial detention or house arrest, or a person still"
            + " being held.");
    TYPES.put(
        EvidenceType.CONVICTION,
        "A person was sentenced (prison, restriction of liberty, a fine by a criminal court).");
    TYPES.put(EvidenceType.CHARGES_DROPPED, "Charges dropped, a case closed, or an acquittal.");
    TYPES.put(EvidenceType.CONVICTION_QUASHED, "A conviction annulled on appeal or review.");
    TYPES.put(EvidenceType.REHABILITATION, "A person was rehabilitated.");
    TYPES.put(
        EvidenceType.INVESTIGATION_OPENED,
        "The authorities opened an investigation (for example into torture).");
    TYPES.put(
        EvidenceType.INVESTIGATION_CONCLUDED,
        "An investigation ended with those responsible held to account.");
    TYPES.put(EvidenceType.LAW_ADOPTED, "A new law entered into force.");
    TYPES.put(EvidenceType.LAW_AMENDED, "A law was changed.");
    TYPES.put(EvidenceType.LAW_REPEALED, "A law was abolished.");
    TYPES.put(EvidenceType.DRAFT_LAW, "A bill was published or is before parliament.");
    TYPES.put(
        EvidenceType.OFFICIAL_STATEMENT, "A promise, announcement or denial by the authorities.");
    TYPES.put(
        EvidenceType.HARASSMENT,
        "Fines, suspensions, bans, attacks, threats or prosecutions of activists, journalists, NGOs"
            + " or unions.");
    TYPES.put(
        EvidenceType.TORTURE_REPORT, "Reported torture or ill-treatment, or a death in custody.");
    TYPES.put(
        EvidenceType.INTERNET_RESTRICTION,
        "An internet shutdown, or blocking of websites or social networks.");
    TYPES.put(EvidenceType.TREATY_RATIFIED, "A treaty was ratified or acceded to.");
    TYPES.put(EvidenceType.MEASURE_REVOKED, "A fine annulled, a suspension or ban lifted.");
    TYPES.put(
        EvidenceType.NON_COMPLIANCE_FINDING,
        "An international or independent monitor (OSCE/ODIHR, a UN body, the ILO) found a"
            + " standard not met or a recommendation not implemented.");
    TYPES.put(
        EvidenceType.ENGAGEMENT,
        "What an EU body or another addressee did: statements, meetings, dialogues, trial"
            + " monitoring, programmes.");

    QUALIFIERS.put(Qualifier.UNCONDITIONAL, "Released without conditions.");
    QUALIFIERS.put(Qualifier.PAROLE, "Released on parole.");
    QUALIFIERS.put(Qualifier.HEALTH_GROUNDS, "Released on health grounds.");
    QUALIFIERS.put(
        Qualifier.RESTRICTION_OF_LIBERTY,
        "Prison replaced by a suspended sentence or restriction of liberty.");
    QUALIFIERS.put(Qualifier.SENTENCE_SERVED, "Released at the end of the sentence.");
    QUALIFIERS.put(Qualifier.PARDON, "Released by pardon.");
    QUALIFIERS.put(Qualifier.AMNESTY, "Released under an amnesty law.");
    QUALIFIERS.put(Qualifier.ADMINISTRATIVE, "Administrative arrest.");
    QUALIFIERS.put(Qualifier.PRE_TRIAL, "Pre-trial detention.");
    QUALIFIERS.put(Qualifier.PREVENTIVE, "Preventive detention.");
    QUALIFIERS.put(Qualifier.HOUSE_ARREST, "House arrest.");
    QUALIFIERS.put(
        Qualifier.ONGOING,
        "Still held, or a ban or restriction still in force, at the date of the event.");
    QUALIFIERS.put(Qualifier.COMPENSATION, "Rehabilitation with compensation.");
    QUALIFIERS.put(
        Qualifier.IN_LINE_WITH_STANDARDS, "A source says the law meets the standard asked for.");
    QUALIFIERS.put(Qualifier.FALLS_SHORT, "A source says the law does not meet the standard.");
    QUALIFIERS.put(Qualifier.RESTRICTIVE, "The law makes things worse.");
    QUALIFIERS.put(Qualifier.IMPUNITY, "The source says it goes uninvestigated or unpunished.");
    QUALIFIERS.put(Qualifier.CONCERNS_RAISED, "The human-rights concerns asked for were raised.");
    QUALIFIERS.put(
        Qualifier.CONCERNS_NOT_RAISED,
        "A meeting or statement where the concerns were not raised.");
    QUALIFIERS.put(Qualifier.MONITORING, "About monitoring the human-rights situation.");
    QUALIFIERS.put(Qualifier.TRIAL_MONITORING, "Attended a trial (trial monitoring).");
    QUALIFIERS.put(Qualifier.PRISON_VISIT, "A prison visit, or a request for one.");
    QUALIFIERS.put(Qualifier.PUBLIC_STATEMENT, "A public statement or reaction on violations.");
    QUALIFIERS.put(
        Qualifier.HIGH_LEVEL_DIALOGUE,
        "A high-level or bilateral meeting with the authorities (summit, Cooperation Council).");
    QUALIFIERS.put(
        Qualifier.CIVIL_SOCIETY_MEETING, "A meeting with, or support for, civil society.");
    QUALIFIERS.put(Qualifier.HUMAN_RIGHTS_DIALOGUE, "A session of the Human Rights Dialogue.");
    QUALIFIERS.put(Qualifier.DIALOGUE_REVIEW, "A review of the Human Rights Dialogue itself.");
    QUALIFIERS.put(
        Qualifier.AGREEMENT_REVIEW,
        "A review of the partnership agreement (EPCA), or conditions set on deeper relations.");
    QUALIFIERS.put(Qualifier.ASSISTANCE_PROGRAMME, "An assistance programme, grant or support.");
    QUALIFIERS.put(Qualifier.SANCTIONS, "Targeted sanctions imposed or proposed.");
    QUALIFIERS.put(Qualifier.FINANCING_HALTED, "Financing programmes halted.");
    QUALIFIERS.put(
        Qualifier.PUBLIC_ACT_AS_ASKED,
        "The statement is itself what was asked (a condemnation, an order cancelled publicly).");
    QUALIFIERS.put(
        Qualifier.PUBLIC_ACT_CONTRARY,
        "The authorities publicly refuse what was asked, or defend what they were asked to stop.");
    QUALIFIERS.put(Qualifier.JOURNALISTS, "It concerns journalists.");
    QUALIFIERS.put(Qualifier.TRADE_UNIONISTS, "It concerns trade unionists.");
    QUALIFIERS.put(Qualifier.ACTIVISTS, "It concerns civil society activists.");
    QUALIFIERS.put(Qualifier.PROTESTERS, "It concerns protesters.");
    QUALIFIERS.put(Qualifier.RELIGIOUS_COMMUNITIES, "It concerns religious communities.");
  }

  private Vocabulary() {}

  static String describe(EvidenceType type) {
    return TYPES.get(type);
  }

  static String describe(Qualifier qualifier) {
    return QUALIFIERS.get(qualifier);
  }

  static Optional<EvidenceType> type(String text) {
    return constant(EvidenceType.class, text);
  }

  static Optional<Qualifier> qualifier(String text) {
    return constant(Qualifier.class, text);
  }

  /** "health grounds", "Health-Grounds" and "HEALTH_GROUNDS" all name HEALTH_GROUNDS. */
  private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
    String key = text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
