package org.compliance.catalogue;

/**
 * Whether an ask is met by one act ("review the agreement", "send an observation mission") or asks
 * for something continuous ("continue to monitor", "in all relevant meetings", "regularly"), which
 * only a sustained record meets.
 */
public enum Recurrence {
  ONCE,
  CONTINUOUS
}
