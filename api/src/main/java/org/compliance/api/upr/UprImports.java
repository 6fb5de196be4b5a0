package org.compliance.api.upr;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.compliance.api.catalogue.CatalogueService;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.catalogue.DocumentDraft;
import org.compliance.api.catalogue.DocumentDraft.ParagraphDraft;
import org.compliance.api.catalogue.DraftBundle;
import org.compliance.api.catalogue.DraftProposals;
import org.compliance.api.evidence.files.FileContent;
import org.compliance.api.evidence.files.FileKind;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.proposal.AskProposer;
import org.compliance.evidence.Violation;
import org.compliance.exchange.DocumentBundle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one path of a UN review's import, for the page ({@link UprImportPages}) and the API ({@link
 * UprImportController}) alike: the upload's kind read from its bytes, its rows read, each row's
 * asks proposed into the draft, and the draft published through {@link CatalogueService} with the
 * admin API's checks, every refusal placed by paragraph and ask.
 */
@Service
public class UprImports {

  /** What Tika may say a review's sheet is: a workbook (named or not) or text. */
  private static final Set<String> KINDS =
      Set.of(
          FileKind.XLSX.mediaType(),
          "application/x-tika-ooxml",
          FileKind.TEXT.mediaType(),
          "text/csv");

  private final CatalogueStore store;
  private final CatalogueService service;

  public UprImports(CatalogueStore store, CatalogueService service) {
    this.store = store;
    this.service = service;
  }

  /**
   * The sheet's rows; refused (field {@code file}) when none was sent, when its bytes are not a
   * workbook or text, or by row and column.
   */
  List<UprRow> read(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw ApiException.invalid("file", Refusals.of("upr.file.none"));
    }
    // Like an evidence file: what the bytes are, never the name or the declared type.
    if (!KINDS.contains(FileContent.detect(file, file.getOriginalFilename()))) {
      throw ApiException.invalid("file", Refusals.of("upr.file.kind"));
    }
    try (InputStream in = file.getInputStream()) {
      return UprSheetReader.read(in);
    }
  }

  /** The rows as paragraphs with their proposals, and what the sheet says of the document. */
  void fill(DocumentDraft draft, List<UprRow> rows) {
    Set<String> reviewed = new LinkedHashSet<>();
    rows.stream().map(UprRow::stateUnderReview).filter(s -> s != null).forEach(reviewed::add);
    if (blank(draft.getCountry()) && reviewed.size() == 1) {
      draft.setCountry(countryCode(reviewed.iterator().next()));
    }
    // Asks name the registry's persons, laws and bodies as the state under review reads them.
    AskProposer proposer =
        new AskProposer(store.catalogue().registry().forCountry(draft.getCountry()));
    List<ParagraphDraft> paragraphs = new ArrayList<>();
    for (UprRow r : rows) {
      String number = r.paragraph() != null ? r.paragraph() : String.valueOf(r.row() - 1);
      ParagraphDraft p = DraftProposals.paragraph(proposer.proposeOne(number, r.text()));
      // A review's recommendations are all made to the state under review.
      p.setAddressee(Addressee.STATE_AUTHORITIES);
      p.setTheme(UprThemes.of(r.issues(), p.getTheme()));
      p.setKeep(true);
      p.setReviewState(r.state());
      p.setReviewCycle(r.cycle());
      p.setReviewSession(r.session());
      p.setReviewResponse(r.response());
      paragraphs.add(p);
    }
    draft.setParagraphs(paragraphs);
    Set<Integer> cycles = new LinkedHashSet<>();
    rows.stream().map(UprRow::cycle).filter(c -> c != null).forEach(cycles::add);
    if (blank(draft.getTitle()) && reviewed.size() == 1) {
      draft.setTitle(
          cycles.size() == 1
              ? Refusals.of("upr.title.cycle", reviewed.iterator().next(), cycles.iterator().next())
              : Refusals.of("upr.title", reviewed.iterator().next()));
    }
    if (blank(draft.getBody())) {
      draft.setBody(Refusals.of("upr.body.default"));
    }
    if (blank(draft.getId())) {
      draft.setId(DraftProposals.suggestId(draft.getBody(), draft.getAdopted(), store));
    }
  }

  /**
   * Publishes the draft as a new document, or refuses it with every refusal at once (the draft's
   * own and the catalogue's), each placed by paragraph and ask ("Paragraph 90.2, ask 1"); nothing
   * is stored then.
   */
  DocumentBundle publish(DocumentDraft draft, String actor) {
    DraftBundle built = new DraftBundle(draft, store.catalogue().registry());
    Optional<ApiException> refused = refusal(built);
    if (refused.isPresent()) {
      throw refused.get();
    }
    service.addBundle(built.bundle(), actor);
    return built.bundle();
  }

  /** The bundle the draft would publish and what publishing it would meet; nothing is stored. */
  UprPreview preview(DocumentDraft draft) {
    DraftBundle built = new DraftBundle(draft, store.catalogue().registry());
    return new UprPreview(
        built.bundle(), refusal(built).map(ApiException::violations).orElse(List.of()));
  }

  /** Every refusal at once, placed; a refusal without fields (none known) as it came. */
  private Optional<ApiException> refusal(DraftBundle built) {
    List<Violation> bad = new ArrayList<>(built.refusals());
    HttpStatus status = HttpStatus.BAD_REQUEST;
    String title = Refusals.of("problem.title.invalid");
    try {
      service.check(built.bundle());
    } catch (ApiException e) {
      if (e.violations().isEmpty() && bad.isEmpty()) {
        return Optional.of(e);
      }
      bad.addAll(e.violations());
      if (built.refusals().isEmpty()) {
        // the catalogue's own status: 409 for a document id already taken
        status = e.status();
        title = e.getMessage();
      }
    }
    if (bad.isEmpty()) {
      return Optional.empty();
    }
    List<Violation> placed =
        bad.stream().map(v -> new Violation(built.place(v.field()), v.reason())).toList();
    return Optional.of(new ApiException(status, title, placed));
  }

  /** "Kazakhstan" → KZ: the ISO code whose English name it is; null when none is. */
  static String countryCode(String name) {
    for (String code : Locale.getISOCountries()) {
      if (new Locale("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(name.strip())) {
        return code;
      }
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
