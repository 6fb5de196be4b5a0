package org.compliance.api.assessment;

/**
 * Told each time a running assessment has stored another partition's parts (committed, not yet
 * visible to readers): for progress reports. A listener that throws fails the assessment, which
 * then leaves nothing behind.
 */
public interface AssessmentProgress {

  /** {@code parts} of {@code total} recommendations of assessment {@code id} are stored so far. */
  void stored(String id, int parts, int total);
}
