package org.compliance.bench.reference;

import java.time.LocalDate;
import org.compliance.rules.Methodology;

/** Credits, breaches and the cap of one requirement, in the order the rules would find them. */
final class Judgements {
  // The credit levels are the methodology's numbers; what earns which is judged apart, here.
  static final double FULL = Methodology.fullCredit();
  static final double PARTIAL = Methodology.partialCredit();

  double[] creditValues = new double[4];
  LocalDate[] creditDates = new LocalDate[4];
  int creditCount;
  LocalDate[] breachDates = new LocalDate[4];
  int breachCount;
  boolean regressed;
  double cap = FULL;

  void credit(Ev e, double value) {
    credit(e.start, value);
  }

  void credit(LocalDate date, double value) {
    if (creditCount == creditValues.length) {
      creditValues = java.util.Arrays.copyOf(creditValues, creditCount * 2);
      creditDates = java.util.Arrays.copyOf(creditDates, creditCount * 2);
    }
    creditValues[creditCount] = value;
    creditDates[creditCount++] = date;
  }

  void breach(Ev e, boolean regresses) {
    if (breachCount == breachDates.length) {
      breachDates = java.util.Arrays.copyOf(breachDates, breachCount * 2);
    }
    breachDates[breachCount++] = e.end;
    regressed |= regresses;
  }
}
