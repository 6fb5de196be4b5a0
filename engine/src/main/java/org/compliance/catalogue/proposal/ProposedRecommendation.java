package org.compliance.catalogue.proposal;

import java.util.List;
import org.compliance.catalogue.Addressee;

/**
 * One paragraph of a document as proposed asks: its number as the document prints it, its text,
 * whom it calls upon (and the words that said so; null when the paragraph names nobody, so the
 * addressee is the state by default) and the asks.
 */
public record ProposedRecommendation(
    String paragraph,
    String text,
    Addressee addressee,
    String addresseeCue,
    List<ProposedAsk> asks) {
  public ProposedRecommendation {
    asks = List.copyOf(asks);
  }
}
