package org.compliance.catalogue;

/**
 * Where a UN review (Universal Periodic Review) recommendation comes from: the recommending {@code
 * state} as the report names it, the review's {@code cycle} and Working Group {@code session}, the
 * recommendation's {@code number} in the report ("124.12") and the state under review's {@code
 * response}. Any part the source leaves out is null.
 */
public record ReviewOrigin(
    String state, Integer cycle, Integer session, String number, ReviewResponse response) {

  /** Whether the state under review only noted the recommendation (it is tracked all the same). */
  public boolean noted() {
    return response == ReviewResponse.NOTED;
  }
}
