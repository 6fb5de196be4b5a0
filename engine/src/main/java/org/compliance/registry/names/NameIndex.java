package org.compliance.registry.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.compliance.registry.EntityType;

/**
 * The names of one kind of entity, keyed once when they are registered so that a look-up costs a
 * few hash probes (exact) plus a similarity score over a small block of names sharing a word or a
 * word's beginning (suggestions).
 */
public final class NameIndex {

  /** Similarity from which a spelling is offered as a suggestion. Below it: unrelated. */
  public static final double SUGGEST = 0.88;

  /** A lone word equal to one word of a registered name ("Bokayev"): suggested, not linked. */
  static final double ONE_WORD = 0.9;

  /** Blocks larger than this (a common first name) are too unspecific to score one by one. */
  private static final int MAX_BLOCK = 400;

  /** Below this one word is a different word, not a misspelling. */
  private static final double WORD_FLOOR = 0.8;

  /** Word beginnings to block on: the shortest whose block is small enough is used. */
  private static final int[] PREFIXES = {3, 5};

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private record Variant(String id, String text, WrittenName name) {}

  private final EntityType type;
  private final boolean dropStopwords;
  private final boolean initials;
  private final Map<String, Set<String>> exact = new HashMap<>();
  private final Map<String, Set<String>> acronyms = new HashMap<>();
  private final Map<String, List<Variant>> byWord = new HashMap<>();
  private final Map<String, List<Variant>> byPrefix = new HashMap<>();
  private final Set<String> seen = new HashSet<>();

  public NameIndex(EntityType type) {
    this.type = type;
    this.dropStopwords = type != EntityType.PERSON;
    this.initials = type == EntityType.PERSON;
  }

  /** Registers one spelling of an entity's name. */
  public void add(String id, String text) {
    WrittenName name = WrittenName.of(text, dropStopwords, false);
    if (name.tokens().isEmpty() || !seen.add(id + '\u0000' + name.key())) {
      return;
    }
    Variant v = new Variant(id, text, name);
    exact.computeIfAbsent(name.key(), k -> new LinkedHashSet<>()).add(id);
    for (String t : new LinkedHashSet<>(name.tokens())) {
      byWord.computeIfAbsent(t, k -> new ArrayList<>()).add(v);
      for (int p : PREFIXES) {
        if (t.length() >= p) {
          byPrefix.computeIfAbsent(t.substring(0, p), k -> new ArrayList<>()).add(v);
        }
      }
    }
    if (type == EntityType.ORGANISATION && name.tokens().size() >= 3) {
      StringBuilder acronym = new StringBuilder();
      NameKeys.words(text).stream()
          .filter(w -> !NameKeys.STOPWORDS.contains(w))
          .forEach(w -> acronym.append(w.charAt(0)));
      acronyms
          .computeIfAbsent(NameKeys.skeleton(acronym.toString()), k -> new LinkedHashSet<>())
          .add(id);
    }
  }

  /**
   * Links a written name when its normalised form equals a registered spelling (or, with initials,
   * fits exactly one person); otherwise suggests close spellings, best first.
   *
   * @param names display name of an id, for the suggestions
   */
  public NameMatch match(String query, Function<String, String> names, int limit) {
    WrittenName q = WrittenName.of(query, dropStopwords, initials);
    if (q.tokens().isEmpty()) {
      return NameMatch.none(query, type);
    }
    if (q.initials().isEmpty()) {
      Set<String> ids = exact.getOrDefault(q.key(), Set.of());
      if (ids.isEmpty() && q.tokens().size() == 1) {
        ids = acronyms.getOrDefault(q.key(), Set.of());
      }
      if (ids.size() == 1) {
        return new NameMatch(query, type, List.copyOf(ids), List.of());
      }
      if (!ids.isEmpty()) {
        return suggest(
            query, ids.stream().map(id -> new Candidate(id, names.apply(id), 1.0, query)));
      }
    } else {
      Map<String, Variant> fits = new LinkedHashMap<>();
      for (Variant v : byWord.getOrDefault(q.tokens().get(0), List.of())) {
        if (q.fitsWithInitials(v.name())) {
          fits.putIfAbsent(v.id(), v);
        }
      }
      if (fits.size() == 1) {
        return new NameMatch(query, type, List.copyOf(fits.keySet()), List.of());
      }
      if (!fits.isEmpty()) {
        return suggest(
            query,
            fits.values().stream()
                .map(v -> new Candidate(v.id(), names.apply(v.id()), 0.95, v.text())));
      }
    }
    return new NameMatch(query, type, List.of(), similar(q, names, limit));
  }

  private NameMatch suggest(String query, java.util.stream.Stream<Candidate> candidates) {
    return new NameMatch(query, type, List.of(), candidates.toList());
  }

  private List<Candidate> similar(WrittenName q, Function<String, String> names, int limit) {
    Map<String, Candidate> best = new HashMap<>();
    int length = q.key().length();
    for (Variant v : block(q)) {
      if (q.tokens().size() > 1
          && Math.abs(v.name().key().length() - length) > Math.max(3, length / 4)) {
        continue; // too different in length to reach SUGGEST; saves the scoring
      }
      double score = score(q, v.name());
      if (score >= SUGGEST) {
        best.merge(
            v.id(),
            new Candidate(v.id(), names.apply(v.id()), round(score), v.text()),
            (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    return best.values().stream()
        .sorted(
            Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id))
        .limit(limit)
        .toList();
  }

  /**
   * Registered spellings sharing a word, or a word's first letters, with the query; a block shared
   * by too many names (a common first name) is left out, so a look-up stays cheap in a large
   * registry.
   */
  private Collection<Variant> block(WrittenName q) {
    Set<Variant> out = new LinkedHashSet<>();
    for (String t : q.tokens()) {
      List<Variant> sharing = byWord.getOrDefault(t, List.of());
      if (sharing.size() <= MAX_BLOCK) {
        out.addAll(sharing);
      }
      for (int p : PREFIXES) {
        List<Variant> prefixed =
            t.length() >= p ? byPrefix.getOrDefault(t.substring(0, p), List.of()) : List.of();
        if (prefixed.size() <= MAX_BLOCK) {
          out.addAll(prefixed);
          break; // the shortest prefix that is specific enough
        }
      }
    }
    return out;
  }

  /**
   * When the words are the same in number, the mean Jaro-Winkler of the best word-to-word pairing,
   * provided every word is close (a typo in one of them, not a different first name); otherwise
   * Jaro-Winkler over the sorted words. A lone word equal to a registered word counts as {@link
   * #ONE_WORD}.
   */
  static double score(WrittenName q, WrittenName v) {
    if (q.tokens().size() == 1 && q.tokens().get(0).length() >= 4 && v.tokens().contains(q.key())) {
      return ONE_WORD;
    }
    if (q.tokens().size() != v.tokens().size()) {
      return JARO_WINKLER.apply(q.key(), v.key());
    }
    double sum = 0;
    for (String t : q.tokens()) {
      double m = 0;
      for (String u : v.tokens()) {
        m = Math.max(m, JARO_WINKLER.apply(t, u));
      }
      if (m < WORD_FLOOR) {
        return 0;
      }
      sum += m;
    }
    return sum / q.tokens().size();
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
