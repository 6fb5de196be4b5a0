package org.compliance.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.Qualifier;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.SourceKind;
import org.compliance.scorecard.Corroboration;

/**
 * Which sources say the same thing as each item a scorecard used: data about the items, not policy
 * (it changes no credit), worked out once per assessment in plain Java. Two items report the same
 * event when they are of the same kind, name a common person (else law, else organisation) as the
 * registry resolves them, begin within a month of each other and give the same terms (the same
 * qualifiers, victim groups aside): a release on parole does not corroborate an unconditional one,
 * it conflicts with it. An item about unnamed people (a count) is corroborated by no one: nothing
 * says two counts are the same people. A source is independent unless the registry knows it as a
 * state authority.
 */
public final class Corroborations {

  private static final long WINDOW_DAYS = 31;

  private Corroborations() {}

  /** The corroboration of each used item said by more than its own source, in id order. */
  public static List<Corroboration> of(
      Collection<EvidenceItem> admitted, Collection<String> used, EntityRegistry registry) {
    Map<String, EvidenceItem> byId = new HashMap<>();
    admitted.forEach(e -> byId.put(e.id(), e));
    // A country's items name a few thousand people, laws and sources many times over: each name is
    // resolved once (resolving reads the name's spellings: a fifth of an assessment's time when
    // done per item).
    Names names = new Names(registry);
    // Items by (kind, subject): only those can report the same event.
    Map<List<Object>, List<EvidenceItem>> bySubject = new HashMap<>();
    Map<String, Set<String>> subjects = new HashMap<>();
    for (EvidenceItem e : admitted) {
      Set<String> s = subjects(e, names);
      subjects.put(e.id(), s);
      for (String subject : s) {
        bySubject.computeIfAbsent(List.of(e.type(), subject), k -> new ArrayList<>()).add(e);
      }
    }
    bySubject.values().forEach(l -> l.sort(Comparator.comparing(EvidenceItem::start)));
    List<Corroboration> found = new ArrayList<>();
    for (String id : used.stream().sorted().toList()) {
      EvidenceItem item = byId.get(id);
      if (item == null) {
        continue;
      }
      Map<String, String> otherSources = new LinkedHashMap<>(); // source -> first item saying it
      String own = source(item, names);
      for (String subject : subjects.get(id)) {
        List<EvidenceItem> candidates = bySubject.get(List.of(item.type(), subject));
        for (int i = firstFrom(candidates, item.start().minusDays(WINDOW_DAYS));
            i < candidates.size()
                && !candidates.get(i).start().isAfter(item.start().plusDays(WINDOW_DAYS));
            i++) {
          EvidenceItem other = candidates.get(i);
          String source = source(other, names);
          if (!source.equals(own) && terms(item).equals(terms(other))) {
            otherSources.merge(source, other.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
          }
        }
      }
      if (otherSources.isEmpty()) {
        continue;
      }
      List<Corroboration.Report> others =
          otherSources.values().stream()
              .sorted()
              .map(o -> new Corroboration.Report(o, independent(byId.get(o), names)))
              .toList();
      int independent =
          (independent(item, names) ? 1 : 0)
              + (int) others.stream().filter(Corroboration.Report::independent).count();
      found.add(new Corroboration(id, others.size() + 1, independent, others));
    }
    return found;
  }

  /** What an item is about: its people, else its laws, else its organisations, as registry ids. */
  private static Set<String> subjects(EvidenceItem e, Names registry) {
    if (e.persons().isEmpty() && e.count() != null) {
      return Set.of(); // unnamed people: nothing says two counts are the same people
    }
    Set<String> s = resolved(EntityType.PERSON, e.persons(), registry);
    if (s.isEmpty()) {
      s = resolved(EntityType.LAW, e.laws(), registry);
    }
    if (s.isEmpty()) {
      s = resolved(EntityType.ORGANISATION, e.organisations(), registry);
    }
    return s;
  }

  private static Set<String> resolved(EntityType type, List<String> names, Names registry) {
    Set<String> ids = new HashSet<>();
    for (String name : names) {
      ids.add(
          type.name()
              + ":"
              + registry.resolve(type, name).orElse(name.strip().toLowerCase(Locale.ROOT)));
    }
    return ids;
  }

  /** The index of the first item (sorted by start) beginning on or after {@code day}. */
  private static int firstFrom(List<EvidenceItem> sorted, LocalDate day) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid).start().isBefore(day)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static Set<Qualifier> terms(EvidenceItem e) {
    Set<Qualifier> terms = EnumSet.noneOf(Qualifier.class);
    e.qualifiers().stream().filter(q -> !q.isVictimGroup()).forEach(terms::add);
    return terms;
  }

  /** A source by its registry id if known, else by its name as written (case aside). */
  private static String source(EvidenceItem e, Names registry) {
    String name = e.source() == null ? null : e.source().organisation();
    if (name == null || name.isBlank()) {
      return "item:" + e.id(); // an unnamed source is its own
    }
    return registry
        .resolve(EntityType.ORGANISATION, name)
        .orElse(name.strip().toLowerCase(Locale.ROOT));
  }

  private static boolean independent(EvidenceItem e, Names registry) {
    String name = e.source() == null ? null : e.source().organisation();
    return registry.sourceKind(name).orElse(null) != SourceKind.STATE_AUTHORITY;
  }

  /** The registry's answers for one assessment's names, each name resolved once. */
  private static final class Names {
    private final EntityRegistry registry;
    private final Map<EntityType, Map<String, Optional<String>>> resolved =
        new EnumMap<>(EntityType.class);
    private final Map<String, Optional<SourceKind>> kinds = new HashMap<>();

    Names(EntityRegistry registry) {
      this.registry = registry;
    }

    Optional<String> resolve(EntityType type, String name) {
      return resolved
          .computeIfAbsent(type, t -> new HashMap<>())
          .computeIfAbsent(name, n -> registry.resolve(type, n));
    }

    Optional<SourceKind> sourceKind(String organisation) {
      if (organisation == null) {
        return registry.sourceKind(null);
      }
      return kinds.computeIfAbsent(organisation, registry::sourceKind);
    }
  }
}
