package org.compliance.api.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.security.Reader;
import org.compliance.api.web.LabelHelper;
import org.compliance.api.web.PageController;
import org.compliance.catalogue.AddresseeGroup;
import org.compliance.catalogue.Document;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where everyone lands after signing in: each document with its latest assessment, per addressee
 * group; officers also get the score trend (loaded after the page, it runs one assessment a point).
 */
@PageController
public class DashboardPages {

  /** A document and what its latest assessment found, per group; empty when never assessed. */
  public record Row(Document document, StoredAssessment latest, List<GroupSummary> groups) {

    /** Whether any of its recommendations could be assessed: else no score and no chart. */
    public boolean anyAssessed() {
      return groups.stream().anyMatch(g -> g.assessed() > 0);
    }
  }

  private final AssessmentViews assessments;
  private final AssessmentTrends trends;
  private final CatalogueStore catalogue;
  private final Clock clock;
  private final LabelHelper labels;
  private final JsonMapper json;

  public DashboardPages(
      AssessmentViews assessments,
      AssessmentTrends trends,
      CatalogueStore catalogue,
      Clock clock,
      LabelHelper labels,
      JsonMapper json) {
    this.labels = labels;
    this.json = json;
    this.assessments = assessments;
    this.trends = trends;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @GetMapping("/dashboard")
  public String dashboard(Model model, Authentication who) {
    List<StoredAssessment> all = assessments.list(Reader.of(who));
    List<Row> rows = new ArrayList<>();
    for (Document d : catalogue.catalogue().documents()) {
      Optional<StoredAssessment> latest =
          all.stream()
              .filter(a -> a.documents().contains(d.id()))
              // an assessment of this document alone beats a wider one run at the same time
              .max(
                  Comparator.comparing(StoredAssessment::createdAt)
                      .thenComparing(a -> -a.documents().size()));
      rows.add(
          latest
              .map(a -> assessments.get(a.id(), Reader.of(who)))
              .map(a -> new Row(d, a, GroupSummary.of(a.scorecard(), d.id())))
              .orElse(new Row(d, null, List.of())));
    }
    model.addAttribute("rows", rows);
    return "dashboard";
  }

  /** A document's score per addressee group once a year from its adoption to today. */
  @GetMapping("/dashboard/trend")
  public String trend(@RequestParam String document, Model model) {
    Document d =
        catalogue
            .document(document)
            .orElseThrow(
                () -> org.compliance.api.problem.ApiException.notFound("Document " + document));
    LocalDate today = LocalDate.now(clock);
    List<AssessmentTrends.TrendPoint> points =
        trends.trend(d.id(), d.adopted().first(), today, Period.ofYears(1));
    // One line per addressee group: the groups are never added into one figure.
    // Only groups with a score at some point: where nothing was ever assessed there is no chart.
    List<AddresseeGroup> groups =
        java.util.Arrays.stream(AddresseeGroup.values())
            .filter(g -> points.stream().anyMatch(p -> p.groups().get(g.name()) != null))
            .toList();
    List<Map<String, Object>> series = new java.util.ArrayList<>();
    for (AddresseeGroup g : groups) {
      List<Double> values = points.stream().map(p -> p.groups().get(g.name())).toList();
      series.add(Map.of("label", labels.of(g), "values", values));
    }
    model.addAttribute("document", d);
    model.addAttribute("points", points);
    model.addAttribute("groups", groups);
    model.addAttribute(
        "labels", String.join("|", points.stream().map(p -> labels.date(p.asOf())).toList()));
    model.addAttribute("series", json.writeValueAsString(series));
    return "trend :: trend";
  }
}
