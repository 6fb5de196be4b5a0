package org.compliance.api.security;

/**
 * A user as the rest of the service knows them: their role, their organisation (its id and name)
 * and the address their notices go to (null: none).
 */
public record Member(
    String username, Role role, String organisation, String organisationName, String email) {

  public boolean officer() {
    return role == Role.OFFICER || role == Role.ADMIN;
  }

  public Reader reader() {
    return new Reader(username, officer(), organisation);
  }
}
