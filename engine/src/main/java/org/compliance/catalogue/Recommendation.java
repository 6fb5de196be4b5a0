package org.compliance.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One recommendation of a document, broken into the requirements it makes.
 *
 * <p>{@code paragraph} is the resolution's paragraph the ask is in. {@code origin} says whether the
 * wording is the NGO report's split of the resolution or the resolution's own (default: the
 * resolution); {@code ngoReportSection} is the report's section for the former. {@code implicit}
 * marks a concern the text voices without an explicit call ("notes with concern"), tracked as an
 * ask so evidence about it bears on something; it weighs less. {@code review} is a UN review
 * recommendation's origin and the state's response (null for every other document).
 */
public record Recommendation(
    String id,
    String document,
    String paragraph,
    String text,
    Addressee addressee,
    Set<Theme> themes,
    Double weight,
    List<Requirement> requirements,
    RecommendationOrigin origin,
    String ngoReportSection,
    Boolean implicit,
    // Left out when absent: every other document's recommendations read as they did before.
    @JsonInclude(JsonInclude.Include.NON_NULL) ReviewOrigin review) {
  public Recommendation {
    themes = themes == null ? Set.of() : Set.copyOf(themes);
    requirements = requirements == null ? List.of() : withThemes(requirements, themes);
    weight = weight == null ? 1.0 : weight;
    origin = origin == null ? RecommendationOrigin.RESOLUTION : origin;
    implicit = implicit != null && implicit;
  }

  /** A recommendation in the resolution's own words, explicit, traced by paragraph only. */
  public Recommendation(
      String id,
      String document,
      String paragraph,
      String text,
      Addressee addressee,
      Set<Theme> themes,
      Double weight,
      List<Requirement> requirements) {
    this(id, document, paragraph, text, addressee, themes, weight, requirements, null, null, null);
  }

  /** A recommendation with no UN review origin (every document but a UN review). */
  public Recommendation(
      String id,
      String document,
      String paragraph,
      String text,
      Addressee addressee,
      Set<Theme> themes,
      Double weight,
      List<Requirement> requirements,
      RecommendationOrigin origin,
      String ngoReportSection,
      Boolean implicit) {
    this(
        id,
        document,
        paragraph,
        text,
        addressee,
        themes,
        weight,
        requirements,
        origin,
        ngoReportSection,
        implicit,
        null);
  }

  /**
   * The requirements, each naming its themes: an ask that names none bears on all of the
   * recommendation's (resolved here, once, so scoring never has to). Themes an ask names outside
   * the recommendation's are kept as given, for the catalogue checks to refuse.
   */
  private static List<Requirement> withThemes(List<Requirement> requirements, Set<Theme> themes) {
    return requirements.stream()
        .map(q -> q.themes() == null && !themes.isEmpty() ? q.withThemes(themes) : q)
        .toList();
  }

  /**
   * The themes {@code q} names that this recommendation does not have (none in a sound catalogue).
   */
  public Set<Theme> foreignThemes(Requirement q) {
    Set<Theme> foreign = EnumSet.noneOf(Theme.class);
    if (q.themes() != null) {
      q.themes().stream().filter(t -> !themes.contains(t)).forEach(foreign::add);
    }
    return foreign;
  }

  /** Whether the NGO report's verdict table has this recommendation. */
  public boolean inNgoReport() {
    return origin == RecommendationOrigin.NGO_REPORT;
  }
}
