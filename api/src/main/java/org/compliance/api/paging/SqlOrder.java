package org.compliance.api.paging;

import java.util.List;
import org.springframework.data.domain.Sort;

/** A Spring {@link Sort} as an SQL ORDER BY clause over whitelisted columns. */
public final class SqlOrder {

  private SqlOrder() {}

  /** The sort's columns, then {@code tieBreak} so that pages never overlap. */
  public static String orderBy(Sort sort, SortFields<String> columns, String tieBreak) {
    return orderBy(sort, columns, tieBreak, List.of());
  }

  /**
   * The ORDER BY clause after equality filters on {@code fixed} columns: naming them first lets the
   * database walk a (fixed, column) index in order instead of sorting every match.
   */
  public static String orderBy(
      Sort sort, SortFields<String> columns, String tieBreak, List<String> fixed) {
    Sort.Order first = sort.iterator().next();
    String dir = first.isDescending() ? " DESC" : " ASC";
    List<String> sorted = sort.stream().map(columns::of).toList();
    StringBuilder b = new StringBuilder(" ORDER BY ");
    for (String f : fixed) {
      if (!sorted.contains(f)) {
        b.append(f).append(dir).append(", ");
      }
    }
    b.append(
        String.join(
            ", ",
            sort.stream()
                .map(o -> columns.of(o) + (o.isDescending() ? " DESC" : " ASC"))
                .toList()));
    if (!sorted.contains(tieBreak)) {
      b.append(", ").append(tieBreak).append(dir);
    }
    return b.toString();
  }
}
