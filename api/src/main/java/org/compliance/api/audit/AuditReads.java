package org.compliance.api.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.compliance.api.problem.Refusals;
import org.compliance.api.sheets.SafeCells;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The audit log as people read it, for the page, the API and the CSV alike: the entries a filter
 * chooses, newest first, each action in words of the reader's language ({@code AuditAction.*} in
 * the messages) with a link to its subject's page. The CSV follows the scorecard CSV's conventions:
 * UTF-8 with a byte-order mark, the separator Excel expects in the language, headers in it, the
 * code beside the words, formula-like text quoted ({@link SafeCells#csv}).
 */
@Service
public class AuditReads {

  private static final List<String> COLUMNS =
      List.of("at", "who", "action", "action_code", "subject", "detail", "request_id");

  private final AuditLog log;

  AuditReads(AuditLog log) {
    this.log = log;
  }

  public Page<AuditView> page(AuditFilter filter, Pageable page, Locale locale) {
    return log.page(filter, page).map(e -> view(e, locale));
  }

  /**
   * Exactly the entries of {@link #page}'s pages, in their order, as CSV; {@code out} left open.
   */
  public void csv(AuditFilter filter, Locale locale, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(Refusals.in(locale, "audit.csv.delimiter").charAt(0))
            .setRecordSeparator("\r\n")
            .get();
    CSVPrinter csv = new CSVPrinter(w, format);
    csv.printRecord(
        COLUMNS.stream().map(c -> SafeCells.csv(Refusals.in(locale, "audit.csv." + c))).toList());
    try {
      log.each(
          filter,
          e -> {
            try {
              csv.printRecord(
                  e.at().toString(),
                  SafeCells.csv(e.actor()),
                  SafeCells.csv(words(e.action(), locale)),
                  e.action().name(),
                  SafeCells.csv(e.subject()),
                  SafeCells.csv(e.detail()),
                  SafeCells.csv(e.requestId()));
            } catch (IOException x) {
              throw new UncheckedIOException(x);
            }
          });
    } catch (UncheckedIOException x) {
      throw x.getCause();
    }
    csv.flush();
  }

  static String words(AuditAction action, Locale locale) {
    return Refusals.in(locale, "AuditAction." + action.name());
  }

  private static AuditView view(AuditEntry e, Locale locale) {
    return new AuditView(
        e.id(),
        e.at(),
        e.actor(),
        e.action(),
        words(e.action(), locale),
        e.subject(),
        link(e.action(), e.subject()),
        e.detail(),
        e.requestId());
  }

  /** The page of an entry's subject, where it has one. */
  static String link(AuditAction action, String subject) {
    if (subject == null) {
      return null;
    }
    return switch (action.subject()) {
      case EVIDENCE -> "/evidence/" + subject;
      case ASSESSMENT -> "/assessments/" + subject;
      default -> null;
    };
  }
}
