package org.compliance.api.paging;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compliance.api.problem.ApiException;

/**
 * Which page of a list, and in what order, as the caller asked: {@code page} from 0, {@code size} 1
 * to 500, {@code sort=field} or {@code sort=field,desc} with fields each list names. The sort maps
 * to an SQL column chosen here, never text from the request.
 */
public record PageQuery(int page, int size, String sortField, boolean descending, String column) {

  public static final int MAX_SIZE = 500;

  /**
   * Checks the parameters; {@code columns} maps each sortable field to its SQL expression (the
   * first is the default order, ascending unless {@code defaultDescending}).
   */
  public static PageQuery of(
      int page, int size, String sort, Map<String, String> columns, boolean defaultDescending) {
    if (page < 0) {
      throw ApiException.invalid("page", "must be 0 or more (the first page is 0)");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiException.invalid("size", "must be between 1 and " + MAX_SIZE);
    }
    String first = columns.keySet().iterator().next();
    if (sort == null || sort.isBlank()) {
      return new PageQuery(page, size, first, defaultDescending, columns.get(first));
    }
    List<String> parts = List.of(sort.split(",", -1));
    String field = parts.get(0).strip();
    String match =
        columns.keySet().stream().filter(f -> f.equalsIgnoreCase(field)).findFirst().orElse(null);
    String direction = parts.size() > 1 ? parts.get(1).strip().toLowerCase(Locale.ROOT) : "asc";
    if (match == null
        || parts.size() > 2
        || !(direction.equals("asc") || direction.equals("desc"))) {
      throw ApiException.invalid(
          "sort",
          "must be a field ("
              + String.join(", ", columns.keySet())
              + "), optionally followed by ,asc or ,desc; for example sort="
              + first
              + ",desc");
    }
    return new PageQuery(page, size, match, direction.equals("desc"), columns.get(match));
  }

  public long offset() {
    return (long) page * size;
  }

  /** The ORDER BY clause: the chosen column, then {@code tieBreak} so pages never overlap. */
  public String orderBy(String tieBreak) {
    String dir = descending ? " DESC" : " ASC";
    return " ORDER BY " + column + dir + (column.equals(tieBreak) ? "" : ", " + tieBreak + dir);
  }

  public String sort() {
    return sortField + (descending ? ",desc" : ",asc");
  }

  public <T> Page<T> page(List<T> items, long total) {
    return new Page<>(items, page, size, sort(), total, true);
  }

  /**
   * The ORDER BY clause after equality filters on {@code fixed} columns: naming them first lets the
   * database walk a (fixed, column) index in order instead of sorting every match.
   */
  public String orderBy(String tieBreak, List<String> fixed) {
    String dir = descending ? " DESC" : " ASC";
    StringBuilder b = new StringBuilder(" ORDER BY ");
    for (String f : fixed) {
      if (!f.equals(column)) {
        b.append(f).append(dir).append(", ");
      }
    }
    b.append(column).append(dir);
    if (!column.equals(tieBreak)) {
      b.append(", ").append(tieBreak).append(dir);
    }
    return b.toString();
  }
}
