package org.compliance.api.catalogue;

import java.util.Map;
import org.compliance.exchange.DocumentBundle;

/**
 * Judges a draft of a document as the rules would today, storing nothing (the editor's preview).
 * Implemented where assessments are run, so the catalogue does not depend on them.
 */
public interface DraftJudge {

  /** One ask's verdict: its status in words, the deciding rule's name and id. */
  record Verdict(String status, String statusCode, String rule, String ruleId) {}

  /** Each ask of the draft by requirement id. */
  Map<String, Verdict> judge(DocumentBundle draft);
}
