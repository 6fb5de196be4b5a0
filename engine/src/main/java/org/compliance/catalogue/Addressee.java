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
    return group() == AddresseeGroup.EU_INSTITUTIONS;
  }

  /** The group whose score this addressee's recommendations count in. */
  public AddresseeGroup group() {
    return switch (this) {
      case STATE_AUTHORITIES -> AddresseeGroup.STATE;
      case INTERNATIONAL_ORGANISATIONS -> AddresseeGroup.INTERNATIONAL_BODIES;
      case EU_INSTITUTIONS, EEAS, EU_DELEGATION, EU_MEMBER_STATES -> AddresseeGroup.EU_INSTITUTIONS;
    };
  }
}
