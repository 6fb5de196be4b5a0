package org.compliance.api.paging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The fields one list may be sorted by, each with what sorts by it: an SQL column (chosen here,
 * never text from the request) or a comparator. The first field, in the default direction, is the
 * default order.
 *
 * <p>Turns {@code page} (from 0), {@code size} (1 to 500) and {@code sort} ({@code field} or {@code
 * field,desc}) into a Spring {@link PageRequest}. Spring's own argument resolver would quietly
 * clamp a size or ignore a misspelt sort; a caller must learn instead that the request was not
 * followed.
 */
public final class SortFields<C> {

  public static final int MAX_SIZE = 500;

  private final Sort.Direction defaultDirection;
  private final Map<String, C> fields = new LinkedHashMap<>();

  private SortFields(Sort.Direction defaultDirection) {
    this.defaultDirection = defaultDirection;
  }

  /** Fields to come ({@link #and}); the first is the default order, in {@code defaultDirection}. */
  public static <C> SortFields<C> by(Sort.Direction defaultDirection) {
    return new SortFields<>(defaultDirection);
  }

  public SortFields<C> and(String field, C sortsBy) {
    fields.put(field, sortsBy);
    return this;
  }

  /** The request's page, size and sort, checked; a 400 naming the parameter otherwise. */
  public PageRequest pageRequest(int page, int size, String sort) {
    if (page < 0) {
      throw ApiException.invalid("page", Refusals.of("problem.page"));
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiException.invalid("size", Refusals.of("problem.size", String.valueOf(MAX_SIZE)));
    }
    String first = fields.keySet().iterator().next();
    if (sort == null || sort.isBlank()) {
      return PageRequest.of(page, size, Sort.by(defaultDirection, first));
    }
    List<String> parts = List.of(sort.split(",", -1));
    String field = parts.get(0).strip();
    Optional<String> match =
        fields.keySet().stream().filter(f -> f.equalsIgnoreCase(field)).findFirst();
    Optional<Sort.Direction> direction =
        parts.size() > 1
            ? Sort.Direction.fromOptionalString(parts.get(1).strip())
            : Optional.of(Sort.Direction.ASC);
    if (match.isEmpty() || parts.size() > 2 || direction.isEmpty()) {
      throw ApiException.invalid(
          "sort", Refusals.of("problem.sort", String.join(", ", fields.keySet()), first));
    }
    return PageRequest.of(page, size, Sort.by(direction.get(), match.get()));
  }

  /** What sorts by the order's field; only fields named here, whoever built the sort. */
  public C of(Sort.Order order) {
    C c = fields.get(order.getProperty());
    if (c == null) {
      throw new IllegalArgumentException("not a sort field of this list: " + order.getProperty());
    }
    return c;
  }
}
