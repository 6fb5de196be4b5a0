package org.compliance.api.methodology;

import java.util.Set;
import java.util.stream.Collectors;
import org.compliance.rules.MethodologyTable;
import org.springframework.stereotype.Component;

/** Which rule ids are rows of the methodology table, so a finding can link to its row. */
@Component("methodologyRows")
public class MethodologyRows {

  private final Set<String> ids =
      MethodologyTable.rows().stream().map(MethodologyTable.Row::id).collect(Collectors.toSet());

  public boolean has(String ruleId) {
    return ruleId != null && ids.contains(ruleId);
  }
}
