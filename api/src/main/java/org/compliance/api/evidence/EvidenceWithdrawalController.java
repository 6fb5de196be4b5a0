package org.compliance.api.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.compliance.api.security.Reader;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Withdrawing an evidence item: by its organisation, confirmed by an officer once verified. */
@RestController
public class EvidenceWithdrawalController {

  /** Why the item is withdrawn (optional; shown in its history). */
  public record WithdrawRequest(String reason) {}

  private final EvidenceWithdrawal withdrawal;

  public EvidenceWithdrawalController(EvidenceWithdrawal withdrawal) {
    this.withdrawal = withdrawal;
  }

  @Operation(
      summary = "Withdraw an evidence item (its organisation; officer to confirm)",
      description =
          "An item waiting for review or rejected is WITHDRAWN at once and never counts in an"
              + " assessment. A verified item stays verified: the call records a request"
              + " (outcome REQUESTED) that an officer confirms by calling this on the item (or"
              + " on the review queue). The reason is optional and shown in the item's history.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = false,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples =
                          @ExampleObject("{\"reason\":\"The court decision was appealed\"}"))))
  @ApiResponse(responseCode = "200", description = "Withdrawn, or the request recorded")
  @ApiResponse(responseCode = "400", description = "A reason over 2,000 characters")
  @ApiResponse(responseCode = "403", description = "Not your organisation's item")
  @ApiResponse(responseCode = "404")
  @ApiResponse(responseCode = "409", description = "Already withdrawn, or already requested")
  @PostMapping("/api/evidence/{id}/withdraw")
  public EvidenceWithdrawal.Withdrawal withdraw(
      @PathVariable String id,
      @RequestBody(required = false) WithdrawRequest request,
      Authentication who) {
    return withdrawal.withdraw(id, request == null ? null : request.reason(), Reader.of(who));
  }
}
