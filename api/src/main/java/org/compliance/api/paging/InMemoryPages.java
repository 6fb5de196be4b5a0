package org.compliance.api.paging;

import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Pages of lists that are already in memory (the catalogue, which the rules hold whole anyway);
 * lists that grow with use (evidence, assessments) page in the database instead.
 */
public final class InMemoryPages {

  private InMemoryPages() {}

  public static <T> Page<T> page(
      List<T> all, Pageable pageable, SortFields<Comparator<T>> comparators) {
    Comparator<T> order = null;
    for (Sort.Order o : pageable.getSort()) {
      Comparator<T> c = o.isDescending() ? comparators.of(o).reversed() : comparators.of(o);
      order = order == null ? c : order.thenComparing(c);
    }
    List<T> sorted = order == null ? all : all.stream().sorted(order).toList();
    int from = (int) Math.min(pageable.getOffset(), sorted.size());
    int to = Math.min(from + pageable.getPageSize(), sorted.size());
    return new PageImpl<>(sorted.subList(from, to), pageable, sorted.size());
  }
}
