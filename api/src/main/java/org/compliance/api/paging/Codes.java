package org.compliance.api.paging;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.labels.Labels;
import org.springframework.context.i18n.LocaleContextHolder;

/** Filter values naming a code, in any case ("verified", "Verified", "VERIFIED"). */
public final class Codes {

  private Codes() {}

  /** The code named by {@code value}, null when blank; a 400 listing the choices otherwise. */
  public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String wanted = value.strip().replace(' ', '_').replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(wanted)) {
        return e;
      }
    }
    throw ApiException.invalid(
        parameter,
        Refusals.of(
            "problem.value.notOneOf",
            value,
            Arrays.stream(type.getEnumConstants())
                .map(e -> e.name() + " (" + Labels.of(e, LocaleContextHolder.getLocale()) + ")")
                .collect(Collectors.joining(", "))));
  }
}
