package org.compliance.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.bench.Benchmarks;
import org.compliance.bench.reference.ReferenceScorer;
import org.compliance.bench.synthetic.Shape;
import org.compliance.bench.synthetic.SyntheticData;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;

/** A data set, the engine and the reference scorer, ready to assess. */
final class Assessments {

  final SyntheticData.Generated data;
  final AssessmentRequest request = new AssessmentRequest(Benchmarks.AS_OF, Set.of(), false);
  final AssessmentRunner runner = new AssessmentRunner();
  final ReferenceScorer reference = new ReferenceScorer();

  Assessments(Shape shape) {
    this.data = SyntheticData.generate(shape);
  }

  /** The added item of {@link #withOneMoreItem()}. */
  EvidenceItem addedItem() {
    List<EvidenceItem> all = withOneMoreItem();
    return all.get(all.size() - 1);
  }

  /**
   * The evidence plus one verified item: the release of a person many requirements name, the kind
   * of item an officer checks "what if" with.
   */
  List<EvidenceItem> withOneMoreItem() {
    EvidenceItem template =
        data.evidence().stream()
            .filter(e -> e.type() == EvidenceType.RELEASE && !e.persons().isEmpty())
            .findFirst()
            .orElseThrow();
    EvidenceItem extra =
        new EvidenceItem(
            "what-if-1",
            EvidenceType.RELEASE,
            template.date(),
            null,
            "what if: " + template.summary(),
            template.country(),
            template.persons(),
            List.of(),
            List.of(),
            null,
            Set.of(Qualifier.UNCONDITIONAL),
            List.of(),
            template.source(),
            org.compliance.evidence.ReviewStatus.VERIFIED);
    List<EvidenceItem> all = new ArrayList<>(data.evidence());
    all.add(extra);
    return all;
  }
}
