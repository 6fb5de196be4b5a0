package org.compliance.catalogue.proposal;

import static org.compliance.catalogue.RequirementKind.*;

import java.util.List;
import java.util.regex.Pattern;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.RequirementKind;

/**
 * The words by which a document says what it asks for and of whom, as resolutions and UN reviews
 * write them. The first cue that matches at a place wins, so the more specific come first ("review
 * his case" before "review the law").
 */
final class Cues {

  private Cues() {}

  record KindCue(RequirementKind kind, Pattern pattern) {}

  record AddresseeCue(Addressee addressee, Pattern pattern) {}

  static final List<KindCue> KINDS =
      List.of(
          kind(REHABILITATE, "rehabilitat\\w*"),
          kind(
              QUASH_CONVICTION,
              "quash\\w*|overturn\\w*|annul\\w*|acquit\\w*|drop(?:ping)? (?:all )?(?:the )?charges"),
          kind(
              REVIEW_CASE,
              "review (?:his|her|their|the) cases?|retrial|re-?examin\\w* (?:his|her|their|the) cases?"),
          kind(RELEASE, "releas\\w*|set free|free(?:ing)? (?=all|the|him|her|them)"),
          kind(IMPLEMENT_RECOMMENDATIONS, "implement\\w*(?: \\w+){0,3} recommendations?"),
          kind(
              INVESTIGATE,
              "allow\\w* (?:\\w+ ){0,2}investigat\\w*|investigat(?!ive)\\w*|bring\\w* (?:\\w+ ){1,4}to justice|hold (?:\\w+ ){1,4}accountable|prosecute (?:those|the perpetrators|perpetrators)|(?:systematic )?prosecution of (?:the )?perpetrators"),
          kind(RATIFY_TREATY, "ratif\\w*|accede to|accession to"),
          // "repealing or amending", "modify or repeal": either meets it, so the milder kind.
          kind(AMEND_LAW, "repeal\\w* or amend\\w*|modify or repeal"),
          kind(
              REPEAL_LAW,
              "repeal\\w*|abolish\\w*|decriminali[sz](?:e|es|ed|ing)\\b|withdraw (?:the )?(?:law|bill|draft)"),
          kind(
              AMEND_LAW,
              "amend(?!ments?\\b)\\w*|revis(?:e|ing|ion)\\w*|(?:clearly )?define (?:\\w+ ){0,2}offences|(?:thorough )?review of (?:the |its )?(?:\\w+ ){0,4}(?:law|code|legislation)|reform (?:the |its )?(?:\\w+ ){0,2}(?:legal framework|law|legislation|code)|review (?:the|its|restrictive) (?:\\w+ ){0,3}(?:law|code|legislation|provisions?|amendments|conditions)|bring (?:\\w+ ){1,6}into (?:line|compliance|conformity)|align\\w*|establish a cap"),
          kind(
              ADOPT_LAW,
              "adopt legislative measures to criminali[sz]e|adopt legislative measures|criminali[sz]e\\b|adopt (?:a |the |new |comprehensive )?(?:\\w+ ){0,2}(?:law|legislation)|introduce (?:\\w+ ){0,2}legislation|put in place legislation|enact\\w*"),
          kind(
              CEASE_PRACTICE,
              "\\bend (?:to )?(?:the|all|its)|put an end|\\bstop\\w*|ceas\\w*|cessation|refrain\\w* from|halt\\w*|zero[- ]tolerance|maintain (?:the |its )?moratorium"),
          kind(
              LIFT_RESTRICTION,
              "lift\\w*|unblock\\w*|(?<!that )allow(?!s? for)\\w*|permit\\w*|register (?:the |independent )|remov\\w* (?:\\w+ ){0,2}restrictions?|grant (?:\\w+ ){0,4}access"),
          kind(
              PROTECT,
              "protect\\w*|guarantee\\w*|safeguard\\w*|ensure (?:the )?safety|provide (?:a )?(?:free|safe)|ensure (?:proper|a safe|safe)|ensure (?:\\w+ ){0,4}?(?:rights?|freedoms?)\\b"),
          kind(
              COOPERATE,
              "cooperat\\w*|co-operat\\w*|mandate|invit\\w* (?:the )?(?:UN )?special rapporteur|engage fully|fully engage"),
          kind(PUBLIC_ACT, "publicly|condemn\\w*|issue a statement"),
          kind(
              ENGAGE,
              "monitor\\w*|rais\\w* (?:\\w+ ){0,3}(?:concerns?|issues?|cases?)|attend\\w*|dialogue|follow\\w* (?:closely|developments)|engage\\w*"));

  /** Who is called upon: the first match in the paragraph names the addressee. */
  static final List<AddresseeCue> ADDRESSEES =
      List.of(
          addressee(
              Addressee.EU_DELEGATION, "EU Delegation|Delegation of the (?:European Union|EU)"),
          addressee(
              Addressee.EEAS,
              "European External Action Service|\\bEEAS\\b|\\bEAAS\\b|\\bVP/HR\\b|High Representative"),
          addressee(Addressee.EU_MEMBER_STATES, "Member States"),
          addressee(
              Addressee.EU_INSTITUTIONS,
              "\\bthe Commission\\b|\\bthe Council\\b|\\bthe EU\\b(?! Delegation)|\\bthe Union\\b|EU institutions"),
          addressee(
              Addressee.INTERNATIONAL_ORGANISATIONS,
              "international community|\\bthe UN\\b|United Nations|\\bOSCE\\b(?= (?:to|should|must))"),
          addressee(
              Addressee.STATE_AUTHORITIES,
              "authorities|government|Kazakh\\w*|the State\\b|the state party"));

  /**
   * A paragraph about the document itself, not its addressees: forwarding it ("Instructs its
   * President to forward this resolution to the Council, the Commission…", whose bodies would read
   * as an EU addressee asked to engage), or keeping the matter on the agenda. It asks nothing.
   */
  static final Pattern PROCEDURAL =
      Pattern.compile(
          "(?iU)^\\W*(?:"
              + "(?:instructs|requests|asks) (?:its|the) President to (?:forward|transmit)"
              + "|decides to (?:remain (?:actively )?seized of|continue (?:its )?consideration of)"
              + "|поручает (?:своему |его )?председателю (?:направить|передать)"
              + "|постановляет (?:продолжать заниматься|продолжить рассмотрение)"
              + ")");

  private static KindCue kind(RequirementKind kind, String regex) {
    return new KindCue(kind, Pattern.compile("(?i)(?U)\\b(?:" + regex + ")"));
  }

  private static AddresseeCue addressee(Addressee addressee, String regex) {
    return new AddresseeCue(addressee, Pattern.compile("(?U)" + regex));
  }
}
