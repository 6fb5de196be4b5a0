package org.compliance.registry;

/**
 * What kind of source an organisation is when it reports (principle "sources are weighed"): the
 * state's own account of its steps is a self-assessment, which alone never decides that a step
 * meets a standard.
 */
public enum SourceKind {
  STATE_AUTHORITY,
  INTERNATIONAL_BODY,
  INDEPENDENT_MONITOR,
  MEDIA,
  SUBMITTER
}
