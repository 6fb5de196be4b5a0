package org.compliance.api.security;

/**
 * A signed-in principal that knows the {@link Member} it signed in as, whether by password ({@link
 * SignedIn}) or through an identity provider ({@code OidcUsers.SignedIn}): the one thing readers,
 * the header and the account pages ask of a sign-in.
 */
public interface HasMember {
  Member member();
}
