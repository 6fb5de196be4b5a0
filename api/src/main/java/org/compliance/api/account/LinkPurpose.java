package org.compliance.api.account;

/** Why a one-time link was made: a first password for an invited user, or a new one. */
enum LinkPurpose {
  INVITE,
  RESET
}
