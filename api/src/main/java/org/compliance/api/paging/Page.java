package org.compliance.api.paging;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One page of a list as the API answers it: the items, the page number (from 0), the page size, the
 * sort applied and the total number of matching items; {@code totalExact} is false when the total
 * was only counted up to a cap (very large lists: "at least total"). Made from a Spring Data page
 * at the controller, so the JSON stays ours whatever Spring's page carries.
 */
public record Page<T>(
    List<T> items, int page, int size, String sort, long total, boolean totalExact) {

  public static <T> Page<T> of(org.springframework.data.domain.Page<T> p) {
    return of(p, Long.MAX_VALUE);
  }

  /**
   * A page whose total was counted up to {@code cap} and beyond: more than the cap is "at least".
   */
  public static <T> Page<T> of(org.springframework.data.domain.Page<T> p, long cap) {
    String sort =
        p.getSort().stream()
            .map(o -> o.getProperty() + "," + (o.isDescending() ? "desc" : "asc"))
            .collect(Collectors.joining(";"));
    long total = p.getTotalElements();
    return new Page<>(
        p.getContent(), p.getNumber(), p.getSize(), sort, Math.min(total, cap), total <= cap);
  }
}
