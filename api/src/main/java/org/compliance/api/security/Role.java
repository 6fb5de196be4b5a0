package org.compliance.api.security;

/** NGOs submit evidence; officers also review and assess; admins also change the catalogue. */
public enum Role {
  NGO,
  OFFICER,
  ADMIN
}
