package org.compliance.api.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.compliance.api.security.Reader;
import org.compliance.api.workbook.ScorecardWorkbook;
import org.compliance.scorecard.RecommendationResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The scorecard's downloads, for the API and the page alike: the rows the reader's {@link
 * ScorecardFilter} chose, in its order, as CSV or as a workbook; revalidated by ETag (a stored
 * assessment never changes, so the tag names the representation, the filter and the reader).
 */
@Service
public class ScorecardDownloads {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final AssessmentViews views;

  public ScorecardDownloads(AssessmentViews views) {
    this.views = views;
  }

  /**
   * The CSV of the rows the filter chose, written as their parts are read ({@link
   * AssessmentViews#shown}); null when the client's copy is current (304).
   */
  public ResponseEntity<StreamingResponseBody> csv(
      String id,
      ScorecardFilter filter,
      ScorecardCsv.Rows kind,
      Locale locale,
      WebRequest request,
      Authentication who) {
    Reader reader = Reader.of(who);
    StoredAssessment a = views.head(id, reader);
    String tag = Sealed.etag(a, "csv-" + kind + "-" + locale.getLanguage() + key(filter), who);
    if (request.checkNotModified(tag)) {
      return null;
    }
    String name =
        "scorecard-" + id + (kind == ScorecardCsv.Rows.FINDINGS ? "-findings" : "") + ".csv";
    return ResponseEntity.ok()
        .eTag(tag)
        .cacheControl(Sealed.CACHE)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
        .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
        .body(
            out -> {
              ScorecardCsv csv = ScorecardCsv.start(kind, locale, out);
              try {
                views.shown(a, reader, locale, filter, r -> row(csv, r));
              } catch (UncheckedIOException e) {
                throw e.getCause();
              }
              csv.finish();
            });
  }

  private static void row(ScorecardCsv csv, RecommendationResult r) {
    try {
      csv.write(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook: list sheets of the rows the filter chose, the Summary of them all. */
  public ResponseEntity<StreamingResponseBody> workbook(
      String id,
      ScorecardFilter filter,
      boolean detail,
      Locale locale,
      WebRequest request,
      Authentication who) {
    Reader reader = Reader.of(who);
    StoredAssessment a = views.head(id, reader);
    String tag =
        Sealed.etag(
            a, "xlsx-" + locale.getLanguage() + (detail ? "-detail" : "") + key(filter), who);
    if (request.checkNotModified(tag)) {
      return null;
    }
    AssessmentViews.Workbook workbook = views.workbook(a, reader, locale, detail, filter);
    return ResponseEntity.ok()
        .eTag(tag)
        .cacheControl(Sealed.CACHE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + workbook.fileName() + "\"")
        .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
        .contentType(XLSX)
        .body(out -> ScorecardWorkbook.write(workbook.report(), workbook.options(), out));
  }

  private static String key(ScorecardFilter filter) {
    String query = filter.query();
    return query.isEmpty() ? "" : "-f" + Sealed.shortHash(query);
  }
}
