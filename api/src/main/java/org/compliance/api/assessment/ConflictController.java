package org.compliance.api.assessment;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.compliance.api.security.Reader;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The open conflicts between sources, for officers' tools (the page is {@link ConflictPages}). */
@RestController
@RequestMapping("/api")
public class ConflictController {

  private final SourceConflicts conflicts;

  public ConflictController(SourceConflicts conflicts) {
    this.conflicts = conflicts;
  }

  @Operation(
      summary = "Conflicts between sources to resolve (officers)",
      description =
          "Pairs of items in the latest assessment of each set of documents that disagree about"
              + " the same event or law, both still counting: which one the rules follow until an"
              + " officer decides (decides), the other, the rule and its explanation in the"
              + " reader's language, and the recommendations it bears on. An officer resolves one"
              + " by rejecting the wrong account with a note (POST /api/evidence/{id}/review).")
  @GetMapping("/conflicts")
  public List<SourceConflicts.Open> list(Authentication who) {
    return conflicts.open(Reader.of(who), LocaleContextHolder.getLocale());
  }
}
