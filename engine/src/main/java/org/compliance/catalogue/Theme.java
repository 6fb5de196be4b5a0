package org.compliance.catalogue;

/** Subject areas used to group recommendations and their scores. */
public enum Theme {
  POLITICAL_PRISONERS,
  CRIMINAL_LAW,
  ASSEMBLY,
  EXPRESSION_AND_MEDIA,
  ASSOCIATION_AND_TRADE_UNIONS,
  CIVIL_SOCIETY,
  TORTURE,
  ELECTIONS,
  DEATH_PENALTY,
  JUDICIAL_COOPERATION,
  RULE_OF_LAW,
  EU_RELATIONS,
  SOCIAL_AND_ECONOMIC_RIGHTS
}
