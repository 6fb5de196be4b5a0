package org.compliance.catalogue;

/** Who a recommendation asks to act. */
public enum Addressee {
  STATE_AUTHORITIES,
  EU_INSTITUTIONS,
  EEAS,
  EU_DELEGATION,
  EU_MEMBER_STATES,
  INTERNATIONAL_ORGANISATIONS;

  public boolean isEuBody() {
    return this != STATE_AUTHORITIES && this != INTERNATIONAL_ORGANISATIONS;
  }
}
