package org.compliance.api.apidoc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each API operation is for, in words for a newcomer: summary, description, the request
 * example and the success answers. Keyed by "METHOD path" as the API description lists them.
 */
final class Operations {

  /**
   * One operation. {@code success} maps each success status to what it means; {@code errors} lists
   * the refusals beyond those every operation has (400, 401, 406).
   */
  record Doc(
      String summary,
      String description,
      String example,
      Map<String, String> success,
      String... errors) {}

  private Operations() {}

  static final Map<String, Doc> ALL = new LinkedHashMap<>();

  private static void add(String key, Doc doc) {
    ALL.put(key, doc);
  }

  static {
    add(
        "GET /api/documents",
        new Doc(
            "List the monitored documents",
            "The resolutions and reports whose recommendations are monitored, a page at a time."
                + " Sort by id (default), adopted or title; add ,desc to reverse.",
            null,
            Map.of("200", "A page of documents")));
    add(
        "GET /api/documents/{id}",
        new Doc(
            "One document",
            "A document by its id, such as ep-2019-2610.",
            null,
            Map.of("200", "The document"),
            "404"));
    add(
        "POST /api/documents",
        new Doc(
            "Add a document with its recommendations (admin)",
            "A document, the persons, laws and organisations it names, and its recommendations,"
                + " in the fixture format. All of it is stored, or none.",
            Examples.DOCUMENT,
            Map.of("201", "Stored; Location names the new document"),
            "403",
            "409",
            "413",
            "415"));
    add(
        "GET /api/recommendations",
        new Doc(
            "List recommendations",
            "Filter by document, theme and addressee (codes, in any case: theme=torture). Sort by"
                + " id (default) or weight.",
            null,
            Map.of("200", "A page of recommendations")));
    add(
        "GET /api/recommendations/{id}",
        new Doc(
            "One recommendation",
            "A recommendation with its requirements, such as ep-2019-2610-05.",
            null,
            Map.of("200", "The recommendation"),
            "404"));
    add(
        "POST /api/recommendations",
        new Doc(
            "Add a recommendation to a document (admin)",
            "One more recommendation for a document already stored.",
            Examples.RECOMMENDATION,
            Map.of("201", "Stored; Location names it"),
            "403",
            "409",
            "413",
            "415"));
    add(
        "POST /api/evidence",
        new Doc(
            "Submit an event as evidence (NGO, officer)",
            "Leave id out for a new event; give the id of a stored event to correct it (the"
                + " correction goes back to review, the earlier version stays in its history). The"
                + " same event (type, dates, persons, laws and source) is not stored twice: the"
                + " answer names the item it duplicates. dryRun=true answers what would happen"
                + " (CREATED, CORRECTED, UNCHANGED, DUPLICATE or REFUSED) and stores nothing. An"
                + " Idempotency-Key header makes retries safe. A correction with If-Match (the"
                + " item's ETag) is stored only if the item is still as it was read.",
            Examples.EVIDENCE,
            Map.of(
                "201", "Stored as a new item; Location names it",
                "200", "A correction stored, nothing changed, a retry, or the dry-run plan"),
            "403",
            "409",
            "412",
            "413",
            "415",
            "422"));
    add(
        "GET /api/evidence",
        new Doc(
            "List evidence",
            "Filter by status, type, person, recommendation and event period (from, to); values"
                + " in any case. Sort by submittedAt (default), date, status or type; add ,desc to"
                + " reverse. NGOs see verified items and their own. Unknown parameters are refused.",
            null,
            Map.of("200", "A page of evidence")));
    add(
        "GET /api/evidence/{id}",
        new Doc(
            "One evidence item",
            "The item with who submitted and reviewed it, the reviewer's note, and names the"
                + " registry does not know. Its ETag changes with every change to the item: send"
                + " it in If-None-Match to get 304 while it is unchanged, and in If-Match to"
                + " review or correct the revision read.",
            null,
            Map.of("200", "The item", "304", "Not modified since the ETag"),
            "404"));
    add(
        "GET /api/evidence/{id}/history",
        new Doc(
            "The history of an evidence item",
            "Every submission, correction and decision, with who, when, the note and the item as"
                + " it stood afterwards.",
            null,
            Map.of("200", "The changes, oldest first"),
            "404"));
    add(
        "POST /api/evidence/{id}/review",
        new Doc(
            "Verify or reject an item (officer)",
            "A note is required to reject, and to change an earlier decision; the submitter sees"
                + " the decision and the note on the item. Changing a decision needs If-Match:"
                + " the item's ETag (or its version, as before).",
            Examples.REVIEW,
            Map.of("200", "The item as decided"),
            "403",
            "404",
            "415"));
    add(
        "GET /api/evidence/template.xlsx",
        new Doc(
            "The evidence spreadsheet template",
            "An Excel workbook with one event per row, drop-down lists and instructions.",
            null,
            Map.of("200", "The workbook")));
    add(
        "POST /api/evidence/import",
        new Doc(
            "Upload a filled-in evidence workbook (NGO, officer)",
            "Send the file as multipart field 'file'. Every row is planned: new, correction (the"
                + " id column names a stored item), unchanged, duplicate or refused. New rows and"
                + " corrections are stored, or nothing when a row is refused. dryRun=true answers"
                + " the plan only; problems=workbook answers a refusal with the uploaded workbook"
                + " plus a column naming each row's problems.",
            null,
            Map.of(
                "201", "Rows stored; the answer lists each row's outcome",
                "200", "Nothing new to store (a re-upload), or the dry-run plan"),
            "403",
            "413",
            "415",
            "422"));
    add(
        "POST /api/assessments",
        new Doc(
            "Run and store an assessment (officer)",
            "Scores the recommendations of the chosen documents as of a date. Answers a summary:"
                + " the score per addressee group, counts by status and links to the full"
                + " scorecard (GET the Location) and its workbook and CSV.",
            Examples.ASSESSMENT,
            Map.of("201", "Stored; Location names the assessment"),
            "403",
            "415"));
    add(
        "GET /api/assessments",
        new Doc(
            "List stored assessments",
            "Newest first; sort=asOf for the assessed date. Without their scorecards.",
            null,
            Map.of("200", "A page of assessments")));
    add(
        "GET /api/assessments/{id}",
        new Doc(
            "A stored assessment with its full scorecard",
            "A stored assessment never changes: send its ETag in If-None-Match to get 304 instead"
                + " of the body again.",
            null,
            Map.of("200", "The assessment and scorecard", "304", "Not modified since the ETag"),
            "404"));
    add(
        "GET /api/assessments/{id}/scorecard.xlsx",
        new Doc(
            "The scorecard as an Excel workbook",
            "Summary with chart, recommendations, findings and evidence; ETag and 304 as above.",
            null,
            Map.of("200", "The workbook", "304", "Not modified since the ETag"),
            "404"));
    add(
        "GET /api/assessments/{id}/scorecard.csv",
        new Doc(
            "The scorecard as CSV",
            "One row per recommendation (rows=findings: one per finding); labels with their codes"
                + " in the next column; text a spreadsheet could run as a formula is prefixed"
                + " with an apostrophe.",
            null,
            Map.of("200", "The CSV", "304", "Not modified since the ETag"),
            "404"));
    add(
        "GET /api/entities",
        new Doc(
            "Look up a person, law or organisation as people write it",
            "Ranked candidates for q (any spelling: Cyrillic, romanisation variants, surname first,"
                + " legal references such as 'ст. 174 УК РК'); linked=true where the text links to"
                + " the entity, otherwise a suggestion. type=PERSON, LAW or ORGANISATION; limit 1-50.",
            null,
            Map.of("200", "The candidates, best first")));
    add(
        "POST /api/evidence/{id}/names",
        new Doc(
            "Settle an unrecognised name of an item (officer)",
            "Link a name as written in the item to a registry entity (the spelling becomes an alias,"
                + " used from then on) or accept it as unknown; recorded in the item's history.",
            Examples.NAME_DECISION,
            Map.of("200", "The item with its names as now settled"),
            "403",
            "404",
            "415"));
    add(
        "POST /api/entities",
        new Doc(
            "Add a person, law or organisation to the registry (admin)",
            "A new entity with its name and other spellings; its id is lower-case letters, digits"
                + " and hyphens.",
            Examples.ENTITY,
            Map.of("201", "Stored"),
            "403",
            "415"));
    add(
        "GET /api/assessments/{id}/left-out",
        new Doc(
            "Evidence left out for an unrecognised name",
            "Items that bore on nothing while one of their names was not recognised, each with its"
                + " names as written and suggestions; only items the reader may see.",
            null,
            Map.of("200", "The items left out"),
            "404"));
    add(
        "GET /api/assessments/{from}/diff/{to}",
        new Doc(
            "What changed between two assessments",
            "Recommendations whose status or score changed, with the evidence behind.",
            null,
            Map.of("200", "The changes"),
            "404"));
    add(
        "POST /api/what-if",
        new Doc(
            "Score with hypothetical evidence (officer)",
            "An assessment body plus hypothetical evidence items, scored with the stored ones;"
                + " nothing is stored.",
            Examples.WHAT_IF,
            Map.of("200", "The scorecard"),
            "403",
            "415"));
    add(
        "GET /api/scores/trend",
        new Doc(
            "Scores over time (officer)",
            "The scores at each step (an ISO period such as P6M) between from and to.",
            null,
            Map.of("200", "One point per step"),
            "403"));
  }
}
