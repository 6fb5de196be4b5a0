package org.compliance.catalogue;

public enum TargetType {
  PERSON,
  LAW,
  ORGANISATION,
  PRACTICE
}
