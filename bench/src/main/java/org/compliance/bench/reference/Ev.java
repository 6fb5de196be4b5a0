package org.compliance.bench.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;

/** An admitted item as the judging needs it. */
final class Ev {
  final String id;
  final EvidenceType type;
  final LocalDate start;
  final LocalDate end;
  final Set<Qualifier> qualifiers;
  final List<String> links;

  /** The single provisions a repeal repeals or a conviction applies (empty for other items). */
  final Set<String> repealed;

  final LocalDate reported;
  final int scale;

  /** The source is the state itself (set once the item is related; see ReferenceScorer). */
  boolean selfAssessed;

  /** The last day the item speaks of, cut at the as-of date. */
  final LocalDate seen;

  /** The people it names who had been identified as political prisoners by the as-of date. */
  final Set<String> listed;

  Ev(EvidenceItem e, int order, Set<String> repealed, LocalDate seen, Set<String> listed) {
    this.repealed = repealed;
    this.seen = seen;
    this.listed = listed;
    String published = e.source() == null ? null : e.source().published();
    this.reported = published == null ? e.end() : PartialDate.parse(published).last();
    this.id = e.id();
    this.links = e.recommendations();
    this.type = e.type();
    this.start = e.start();
    // Nothing after its source's publication is vouched for.
    this.end = reported.isBefore(e.end()) ? reported : e.end();
    this.qualifiers = e.qualifiers();
    this.scale = e.count() != null ? e.count() : e.persons().size() + e.organisations().size();
  }

  boolean has(Qualifier q) {
    return qualifiers.contains(q);
  }
}
