package org.compliance.api.assessment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.compliance.api.problem.ApiException;
import org.compliance.evidence.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How much rule work one request may cause: a trend runs one assessment per date over every item,
 * so its cost is dates times items; a what-if adds a bounded number of hypothetical items.
 */
@Component
public class WorkBudget {

  private final long maxItemAssessments;
  private final int maxHypothetical;
  private final long bytesPerItem;

  public WorkBudget(
      @Value("${compliance.max-trend-work:2000000}") long maxItemAssessments,
      @Value("${compliance.max-what-if-items:500}") int maxHypothetical,
      @Value("${compliance.work.bytes-per-item:8000}") long bytesPerItem) {
    this.maxItemAssessments = maxItemAssessments;
    this.maxHypothetical = maxHypothetical;
    this.bytesPerItem = bytesPerItem;
  }

  /**
   * The heap one assessment over {@code items} evidence items needs at its peak: the items, their
   * facts in the rule session and the scorecard grow with the items (one of 55,000 items peaked at
   * about 430 MB, some 8 KB an item); the catalogue's share is the base.
   */
  long assessmentBytes(long items) {
    return BASE_BYTES + items * bytesPerItem;
  }

  private static final long BASE_BYTES = 16L << 20;

  /** The date after {@code d}, or null past the calendar's end (a huge step). */
  static LocalDate next(LocalDate d, Period step) {
    try {
      return d.plus(step);
    } catch (DateTimeException | ArithmeticException beyond) {
      return null;
    }
  }

  void checkTrend(int dates, int items) {
    long work = (long) dates * Math.max(1, items);
    if (work > maxItemAssessments) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          org.compliance.api.problem.Refusals.of("problem.title.trendTooLong"),
          List.of(
              new Violation(
                  "step",
                  org.compliance.api.problem.Refusals.of(
                      "problem.trend.tooMuchWork", String.valueOf(dates), String.valueOf(items)))));
    }
  }

  void checkWhatIf(int hypothetical) {
    if (hypothetical > maxHypothetical) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          org.compliance.api.problem.Refusals.of("problem.title.tooManyHypothetical"),
          List.of(
              new Violation(
                  "evidence",
                  org.compliance.api.problem.Refusals.of(
                      "problem.whatIf.tooMany", String.valueOf(maxHypothetical)))));
    }
  }
}
