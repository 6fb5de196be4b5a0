package org.compliance.registry;

public enum EntityType {
  PERSON,
  LAW,
  ORGANISATION,
  PRACTICE
}
