package org.compliance.assessment.facts;

import org.kie.api.definition.rule.Rule;

/**
 * The rule that concluded something: its plain-words name and its stable id (the rule's {@code @id}
 * metadata, whose prefix is the DRL file that holds it).
 */
public record RuleRef(String name, String id) {

  public static RuleRef of(Rule rule) {
    Object id = rule.getMetaData().get("id");
    String text = id == null ? null : id.toString();
    if (text != null && text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1);
    }
    return new RuleRef(rule.getName(), text);
  }
}
