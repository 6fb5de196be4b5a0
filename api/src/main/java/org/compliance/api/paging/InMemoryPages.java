package org.compliance.api.paging;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages of lists that are already in memory (the catalogue, which the rules hold whole anyway);
 * lists that grow with use (evidence, assessments) page in the database instead.
 */
public final class InMemoryPages {

  private InMemoryPages() {}

  /** Sortable field names (the first is the default) for {@link PageQuery#of}. */
  public static Map<String, String> fields(String... names) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String n : names) {
      m.put(n, n);
    }
    return m;
  }

  public static <T> Page<T> page(List<T> all, Comparator<T> order, PageQuery q) {
    Comparator<T> c = q.descending() ? order.reversed() : order;
    List<T> sorted = all.stream().sorted(c).toList();
    int from = (int) Math.min(q.offset(), sorted.size());
    int to = Math.min(from + q.size(), sorted.size());
    return q.page(sorted.subList(from, to), sorted.size());
  }
}
