package org.compliance.catalogue;

/**
 * Who is asked to act, in the three groups a reader compares: the state, the EU's own institutions
 * and international bodies. Scores are reported per group and never mixed into one headline.
 */
public enum AddresseeGroup {
  STATE,
  EU_INSTITUTIONS,
  INTERNATIONAL_BODIES
}
