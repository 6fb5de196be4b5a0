package org.compliance.api.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compliance.api.catalogue.DocumentDraft.AskDraft;
import org.compliance.api.catalogue.DocumentDraft.ParagraphDraft;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Theme;
import org.compliance.catalogue.proposal.AskProposer;
import org.compliance.catalogue.proposal.ProposedAsk;
import org.compliance.catalogue.proposal.ProposedRecommendation;
import org.compliance.registry.EntityRegistry;

/**
 * Fills a draft's paragraphs with the engine's proposals for its text, every ask kept, and suggests
 * what the officer would otherwise type: a document id from the body and date, a theme per
 * paragraph from what it asks.
 */
public final class DraftProposals {

  /** More paragraphs than any resolution has; the form binds rows by index up to this. */
  static final int MAX_PARAGRAPHS = 200;

  private DraftProposals() {}

  static void propose(DocumentDraft draft, EntityRegistry registry) {
    List<ParagraphDraft> paragraphs = new ArrayList<>();
    for (ProposedRecommendation p : new AskProposer(registry).propose(draft.getText())) {
      paragraphs.add(paragraph(p));
    }
    draft.setParagraphs(paragraphs);
    draft.setPreviewed(draft.getText());
  }

  /** One paragraph as the officer first sees it: every proposed ask kept, a first theme. */
  public static ParagraphDraft paragraph(ProposedRecommendation p) {
    ParagraphDraft d = new ParagraphDraft();
    d.setNumber(p.paragraph());
    d.setText(p.text());
    d.setAddressee(p.addressee());
    d.setKeep(!p.asks().isEmpty());
    for (ProposedAsk a : p.asks()) {
      AskDraft ask = new AskDraft();
      ask.setKeep(true);
      ask.setKind(a.kind());
      ask.setText(a.text());
      ask.setCue(a.cue());
      ask.setTargets(
          new ArrayList<>(a.targets().stream().map(t -> t.type() + ":" + t.ref()).toList()));
      d.getAsks().add(ask);
    }
    d.setTheme(theme(p.addressee(), p.asks().isEmpty() ? null : p.asks().get(0).kind()));
    return d;
  }

  /** A first guess the officer corrects: what EU bodies are asked is about relations with them. */
  static Theme theme(Addressee addressee, RequirementKind kind) {
    if (addressee != null && addressee.isEuBody()) {
      return Theme.EU_RELATIONS;
    }
    if (kind == null) {
      return Theme.RULE_OF_LAW;
    }
    return switch (kind) {
      case RELEASE, QUASH_CONVICTION, REHABILITATE, REVIEW_CASE -> Theme.POLITICAL_PRISONERS;
      case AMEND_LAW, REPEAL_LAW, ADOPT_LAW -> Theme.CRIMINAL_LAW;
      case CEASE_PRACTICE, PROTECT, LIFT_RESTRICTION -> Theme.CIVIL_SOCIETY;
      case ENGAGE -> Theme.EU_RELATIONS;
      default -> Theme.RULE_OF_LAW;
    };
  }

  /**
   * "European Parliament", 2026-03-12 → {@code ep-2026-03-12}: the body's initials (ids keep to
   * ASCII letters and digits) and the date; {@code -2}, {@code -3}… when taken.
   */
  public static String suggestId(String body, String adopted, CatalogueStore store) {
    StringBuilder initials = new StringBuilder();
    for (String word : (body == null ? "" : body).split("\\s+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    String prefix = initials.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String date = adopted == null ? "" : adopted.strip().replaceAll("[^0-9-]", "");
    String id = (prefix.isEmpty() ? "doc" : prefix) + (date.isEmpty() ? "" : "-" + date);
    String free = id;
    for (int n = 2; store.idTaken(free); n++) {
      free = id + "-" + n;
    }
    return free;
  }
}
