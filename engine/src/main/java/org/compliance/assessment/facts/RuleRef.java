package org.compliance.assessment.facts;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.kie.api.definition.rule.Rule;

/**
 * The rule that concluded something: its plain-words name and its stable id (the rule's {@code @id}
 * metadata, whose prefix is the DRL file that holds it).
 */
public record RuleRef(String name, String id) {

  // One per rule, not one per conclusion (a country's rules conclude 300,000 things); weak, so a
  // rule base that is dropped takes its references with it.
  private static final Map<Rule, RuleRef> BY_RULE =
      Collections.synchronizedMap(new WeakHashMap<>());

  public static RuleRef of(Rule rule) {
    return BY_RULE.computeIfAbsent(rule, RuleRef::read);
  }

  private static RuleRef read(Rule rule) {
    Object id = rule.getMetaData().get("id");
    String text = id == null ? null : id.toString();
    if (text != null && text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1);
    }
    return new RuleRef(rule.getName(), text);
  }
}
