package org.compliance.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.compliance.evidence.EvidenceType;

/**
 * The items shown beside a requirement and never weighed (the situation at adoption, people outside
 * the group a group ask concerns, items with no bearing on the ask), as one finding per requirement
 * and family: how many, of which kinds, and every item's id. The ids are ordered by kind (the order
 * of {@link EvidenceType}), then by id, and the wording's {@code kinds} argument holds one part per
 * kind with its count in that same order, so a reader's view is recomputed from the ids the reader
 * may see alone ({@link #visibleTo}): no count reveals a hidden item.
 */
public final class ContextSummary {

  /** The wording keys of the summaries: the family's per-item key, then ".summary". */
  public static final String BASELINE = "context.baseline.summary";

  public static final String OUTSIDE_GROUP = "context.outside-group.summary";
  public static final String NO_BEARING = "requirement-status.no-bearing.summary";
  private static final Set<String> KEYS = Set.of(BASELINE, OUTSIDE_GROUP, NO_BEARING);

  /** One kind's part of the {@code kinds} argument: its label and how many. */
  public static final String KIND = "context.kind";

  /** One item summarised: its id and kind. */
  public record Item(String evidenceId, EvidenceType type) {}

  private static final Comparator<Item> ORDER =
      Comparator.comparing(Item::type).thenComparing(Item::evidenceId);

  private ContextSummary() {}

  /** The wording key a family's per-item key is summarised under ("context.baseline" …). */
  public static String keyOf(String itemKey) {
    String key = itemKey + ".summary";
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException("no summary of the family " + itemKey);
    }
    return key;
  }

  /**
   * One finding for these items (not empty), with the wording {@code key} ({@link #BASELINE} …) and
   * any further arguments of its text as name, value pairs.
   */
  public static Finding of(
      String requirement,
      String rule,
      String ruleId,
      String key,
      List<Item> items,
      Object... namesAndValues) {
    List<Item> sorted = new ArrayList<>(items);
    sorted.sort(ORDER);
    List<String> ids = new ArrayList<>(sorted.size());
    Map<EvidenceType, Integer> counts = new EnumMap<>(EvidenceType.class);
    for (Item i : sorted) {
      ids.add(i.evidenceId());
      counts.merge(i.type(), 1, Integer::sum);
    }
    List<Wording> kinds = new ArrayList<>(counts.size());
    counts.forEach((type, n) -> kinds.add(Wording.of(KIND, "kind", type, "count", n)));
    Object[] args = new Object[namesAndValues.length + 4];
    args[0] = "count";
    args[1] = ids.size();
    args[2] = "kinds";
    args[3] = new Wording.Joined(kinds, "; ");
    System.arraycopy(namesAndValues, 0, args, 4, namesAndValues.length);
    return new Finding(
        requirement, rule, ruleId, Finding.Effect.NOTE, ids, null, Wording.of(key, args), null);
  }

  /** Whether this finding summarises context (and not one item's judgement). */
  public static boolean is(Finding f) {
    return f.wording() != null && f.wording().key() != null && KEYS.contains(f.wording().key());
  }

  /**
   * The summary as a reader who sees only {@code visible} items reads it: just those ids, counted
   * and kinded from them alone; null when the reader sees none. Itself when the reader sees all.
   */
  public static Finding visibleTo(Finding f, Predicate<String> visible) {
    if (hidden(f, visible) == 0) {
      return f; // the common case (an officer), without copying thousands of ids
    }
    List<String> ids = f.evidenceIds();
    List<String> shown = new ArrayList<>(ids.size());
    for (String id : ids) {
      if (visible.test(id)) {
        shown.add(id);
      }
    }
    if (shown.isEmpty()) {
      return null;
    }
    Wording w = f.wording();
    List<Wording> kinds = new ArrayList<>();
    int at = 0;
    for (Wording part : w.args().get("kinds").items()) {
      int n = Integer.parseInt(part.args().get("count").text());
      int seen = 0;
      for (int i = at; i < at + n; i++) {
        seen += visible.test(ids.get(i)) ? 1 : 0;
      }
      at += n;
      if (seen > 0) {
        Map<String, Wording.Arg> args = new LinkedHashMap<>(part.args());
        args.put("count", text(seen));
        kinds.add(new Wording(part.key(), args, null));
      }
    }
    Map<String, Wording.Arg> args = new LinkedHashMap<>(w.args());
    args.put("count", text(shown.size()));
    args.put("kinds", new Wording.Arg(null, null, null, kinds, w.args().get("kinds").joiner()));
    return new Finding(
        f.requirement(),
        f.rule(),
        f.ruleId(),
        f.effect(),
        shown,
        f.credit(),
        new Wording(w.key(), args, null),
        null);
  }

  /** How many of this summary's items the reader may not see. */
  public static int hidden(Finding f, Predicate<String> visible) {
    int hidden = 0;
    for (String id : f.evidenceIds()) {
      hidden += visible.test(id) ? 0 : 1;
    }
    return hidden;
  }

  private static Wording.Arg text(int n) {
    return new Wording.Arg(Integer.toString(n), null, null, null, null);
  }
}
