package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.compliance.api.assessment.AssessmentViews;
import org.compliance.api.evidence.spreadsheet.EvidenceColumn;
import org.compliance.api.evidence.spreadsheet.TestWorkbooks;
import org.compliance.api.security.Reader;
import org.compliance.scorecard.RecommendationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Every page controller, for each role that may or may not use it, through the real filters. */
class WebPagesTest extends WebTestSupport {

  static final RequestPostProcessor NGO = user("ngo").roles("NGO");
  static final RequestPostProcessor NGO2 = user("ngo2").roles("NGO");
  static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

  @Autowired WebApplicationContext context;
  @Autowired AssessmentViews assessments;
  @Autowired org.compliance.api.evidence.EvidenceStore evidence;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void anonymousGetsTheLandingPageAndIsSentToSignIn() throws Exception {
    assertThat(html(get("/"))).contains("Sign in to start");
    assertThat(html(get("/login"))).contains("name=\"password\"").contains("ngo-demo");
    mvc.perform(get("/dashboard"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    mvc.perform(get("/evidence/new")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void formLoginNeedsTheCsrfTokenAndTheApiKeepsBasic() throws Exception {
    mvc.perform(post("/login").param("username", "officer").param("password", "officer-demo"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/login")
                .with(csrf())
                .param("username", "officer")
                .param("password", "officer-demo"))
        .andExpect(redirectedUrl("/dashboard"));
    mvc.perform(post("/login").with(csrf()).param("username", "officer").param("password", "wrong"))
        .andExpect(redirectedUrl("/login?error"));
    // The API: 401 without credentials (no redirect to a form), Basic accepted, no CSRF needed.
    mvc.perform(get("/api/documents")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/documents").with(httpBasic("ngo", "ngo-demo")))
        .andExpect(status().isOk());
  }

  /**
   * A sign-in on the form is one audit entry with its request id, a refused one too; the page words
   * them in the reader's language, its CSV holds the same rows; an NGO reaches neither.
   */
  @Test
  void theAuditPageShowsSignInsInWordsAndItsCsvHoldsTheSameRows() throws Exception {
    String request = "audit-page-" + Long.toString(System.nanoTime(), 36);
    // With the request id filter the server runs (MockMvc leaves servlet filters out).
    MockMvc mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .addFilters(context.getBean(org.compliance.api.problem.RequestIdFilter.class))
            .apply(springSecurity())
            .build();
    mvc.perform(
            post("/login")
                .with(csrf())
                .header("X-Request-Id", request)
                .param("username", "admin")
                .param("password", "admin-demo"))
        .andExpect(redirectedUrl("/dashboard"));
    mvc.perform(
            post("/login")
                .with(csrf())
                .header("X-Request-Id", request + "-x")
                .param("username", "admin")
                .param("password", "wrong"))
        .andExpect(redirectedUrl("/login?error"));
    String page = html(get("/audit").param("who", "admin").with(OFFICER));
    assertThat(page)
        .contains("<td>Signed in</td>", "<code>" + request + "</code>")
        .contains("<td>Sign-in refused (wrong name or password)</td>", request + "-x")
        .doesNotContain("<td>SIGN_IN</td>");
    assertThat(html(get("/audit").param("who", "admin").param("lang", "ru").with(OFFICER)))
        .contains("<td>Вход в систему</td>");
    String signIns =
        html(get("/audit").param("who", "admin").param("action", "SIGN_IN").with(OFFICER));
    assertThat(signIns).doesNotContain("<td>Sign-in refused");
    int rows = signIns.split("<tr id=\"audit-").length - 1;
    // The CSV is streamed: its body comes with the async dispatch.
    var started =
        mvc.perform(
                get("/audit.csv").param("who", "admin").param("action", "SIGN_IN").with(OFFICER))
            .andReturn();
    String csv =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(
                    started))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(rows).isPositive();
    assertThat(csv.strip().split("\r\n")).hasSize(rows + 1);
    assertThat(csv).contains(request + "\r\n");
    assertThat(html(get("/dashboard").with(OFFICER))).contains("href=\"/audit\"");
    assertThat(html(get("/dashboard").with(NGO))).doesNotContain("href=\"/audit\"");
    mvc.perform(get("/audit").with(NGO)).andExpect(status().isForbidden());
    mvc.perform(get("/audit.csv").with(NGO)).andExpect(status().isForbidden());
    mvc.perform(get("/audit").param("from", "someday").with(OFFICER))
        .andExpect(status().isBadRequest());
  }

  @Test
  void anNgoCannotReachOfficerPages() throws Exception {
    var everything = assessments.list(new Reader("officer", true, null));
    String id = everything.isEmpty() ? "as-1" : everything.get(0).id();
    for (String page :
        new String[] {
          "/review",
          "/assessments/new",
          "/assessments/" + id + "/what-if",
          "/dashboard/trend?document=ep-2019-2610"
        }) {
      mvc.perform(get(page).with(NGO)).andExpect(status().isForbidden());
    }
    mvc.perform(post("/assessments").with(NGO).with(csrf()).param("asOf", "2020-02-20"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/review/ev-x").with(NGO).with(csrf()).param("decision", "VERIFIED"))
        .andExpect(status().isForbidden());
    assertThat(html(get("/evidence/new").with(NGO))).contains("Submit evidence");
    assertThat(html(get("/import").with(NGO))).contains("Download the template");
    assertThat(html(get("/dashboard").with(NGO)))
        .contains("Dashboard")
        .doesNotContain("hx-get=\"/dashboard/trend");
  }

  @Test
  void anOfficerRunsAnAssessmentFiltersOpensDownloadsAndCompares() throws Exception {
    String location =
        mvc.perform(
                post("/assessments")
                    .with(OFFICER)
                    .with(csrf())
                    .param("document", "ep-2019-2610")
                    .param("asOf", "2020-02-20"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).matches("/assessments/as-\\d+");
    String id = location.substring(location.lastIndexOf('/') + 1);
    var card = assessments.get(id, new Reader("officer", true, null)).scorecard();

    String page = html(get(location).with(OFFICER));
    assertThat(page).contains("release of Iskander Yerimbetov").contains("Download Excel");
    assertThat(count(page, "id=\"rec-")).isEqualTo(card.recommendations().size());

    RecommendationStatus status = card.recommendation("ep-2019-2610-05").orElseThrow().status();
    long partial = card.recommendations().stream().filter(r -> r.status() == status).count();
    String filtered =
        html(
            get(location)
                .with(OFFICER)
                .param("status", status.name())
                .header("HX-Request", "true")
                .header("HX-Target", "results"));
    assertThat(filtered).doesNotContain("<html");
    assertThat(count(filtered, "id=\"rec-")).isEqualTo(partial).isPositive();
    assertThat(
            count(
                html(get(location).with(OFFICER).param("q", "release of Iskander Yerimbetov")),
                "id=\"rec-"))
        .isEqualTo(1);

    String detail =
        html(
            get(location + "/recommendations/ep-2019-2610-05")
                .with(OFFICER)
                .header("HX-Request", "true"));
    assertThat(detail)
        .doesNotContain("<html")
        .contains("Decided by rule")
        .containsPattern("<a href=\"/evidence/[^\"]+\">\\d{1,2} \\w{3,4} \\d{4}: ");
    assertThat(html(get(location + "/recommendations/ep-2019-2610-05").with(NGO)))
        .contains("<html");
    // A recommendation without a known paragraph is headed by its text alone.
    assertThat(html(get(location + "/recommendations/ep-2019-2610-06").with(OFFICER)))
        .contains("<h1>release Mukhtar Dzhakishev immediately")
        .doesNotContain("null.");

    byte[] xlsx = download(get(location + "/scorecard.xlsx").with(NGO));
    assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");

    assertThat(html(get(location + "/compare").param("with", id).with(OFFICER)))
        .contains("No verdict changed");
    assertThat(html(get("/assessments").with(NGO))).contains(id);
    mvc.perform(get("/assessments/as-999999").with(OFFICER)).andExpect(status().isNotFound());
  }

  /** Two assessments that differ, compared in English and Russian, titled by their documents. */
  @Test
  void anOfficerComparesTwoAssessmentsThatDiffer() throws Exception {
    String before = assess2019("2019-05-01");
    String after = assess2019("2020-02-20");
    String from = before.substring(before.lastIndexOf('/') + 1);
    var status =
        assessments
            .get(after.substring(after.lastIndexOf('/') + 1), new Reader("officer", true, null))
            .scorecard()
            .recommendation("ep-2019-2610-05")
            .orElseThrow()
            .status();
    String page = html(get(after + "/compare").param("with", from).with(OFFICER));
    assertThat(page)
        .contains("on the human rights situation in Kazakhstan")
        .contains("release of Iskander Yerimbetov")
        .contains("68 criminal cases had been initiated under Article 174")
        .doesNotContain("No verdict changed", "no longer see")
        .doesNotContainPattern("<h1>[^<]*as-\\d");
    String ru = html(get(after + "/compare").param("with", from).param("lang", "ru").with(OFFICER));
    assertThat(ru)
        .contains("Сравнение оценок", "Что изменилось")
        .contains(org.compliance.labels.Labels.of(status, java.util.Locale.forLanguageTag("ru")))
        .doesNotContain(">Before<", "Evidence behind", "no longer");
    assertThat(html(get(after).with(OFFICER)))
        .containsPattern("<option value=\"" + from + "\">[^<]*on the human rights situation");
  }

  @Test
  void aBadAssessmentRequestIsShownOnTheFormAndRunsNothing() throws Exception {
    long before = count("assessment");
    String page = html(post("/assessments").with(OFFICER).with(csrf()).param("asOf", "2999-01-01"));
    assertThat(page).contains("error-summary").contains("is in the future");
    assertThat(count("assessment")).isEqualTo(before);
  }

  @Test
  void anNgoSubmitsCorrectsAndAnOfficerReviews() throws Exception {
    long before = count("evidence");
    String bad =
        html(
            post("/evidence")
                .with(NGO)
                .with(csrf())
                .param("type", "RELEASE")
                .param("summary", "Released")
                .param("country", "KZ")
                .param("sourceOrganisation", "NGO")
                .param("sourceTitle", "Note"));
    assertThat(bad).contains("error-summary").contains("Date");
    assertThat(count("evidence")).isEqualTo(before);

    String location =
        mvc.perform(
                post("/evidence")
                    .with(NGO)
                    .with(csrf())
                    .param("type", "RELEASE")
                    .param("date", "2020-01-15")
                    .param("summary", "Page test release")
                    .param("country", "KZ")
                    .param("persons", "Iskander Yerimbetov")
                    .param("qualifiers", "UNCONDITIONAL")
                    .param("sourceOrganisation", "NGO")
                    .param("sourceTitle", "Note")
                    .param("key", "page-test-1"))
            .andExpect(redirectedUrlPattern("/evidence/ev-*?submitted"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String itemUrl = location.substring(0, location.indexOf('?'));
    assertThat(count("evidence")).isEqualTo(before + 1);
    assertThat(html(get(itemUrl).with(NGO)))
        .contains("Page test release")
        .contains("Awaiting review");
    mvc.perform(get(itemUrl).with(NGO2)).andExpect(status().isNotFound());
    assertThat(html(get("/evidence").with(NGO).param("status", "SUBMITTED")))
        .contains("Page test release");
    assertThat(html(get("/evidence").with(NGO2).param("status", "SUBMITTED")))
        .doesNotContain("Page test release");

    String id = itemUrl.substring(itemUrl.lastIndexOf('/') + 1);
    assertThat(html(get("/review").with(OFFICER))).contains("Page test release");
    String refused =
        html(
            post("/review/" + id)
                .with(OFFICER)
                .with(csrf())
                .param("decision", "REJECTED")
                .header("HX-Request", "true"));
    assertThat(refused).contains("Write a note to reject");
    assertThat(html(get(itemUrl).with(OFFICER))).contains("Awaiting review");
    mvc.perform(
            post("/review/" + id)
                .with(OFFICER)
                .with(csrf())
                .param("decision", "VERIFIED")
                .param("note", "checked"))
        .andExpect(redirectedUrl("/review?done=" + id));
    // The review note is for the submitting organisation and officers; another NGO sees the
    // verdict.
    assertThat(html(get(itemUrl).with(NGO))).contains("Verified").contains("checked");
    assertThat(html(get(itemUrl).with(NGO2))).contains("Verified").doesNotContain("checked");
  }

  /**
   * An unrecognised name is settled on the review page (linked to an entry, its spelling kept as an
   * alias, or accepted as unknown); until then Verify says so in words, never with API paths.
   */
  @Test
  void anOfficerSettlesUnrecognisedNamesOnTheReviewPage() throws Exception {
    String id = submitRelease("Искендер Еримбет; Неизвестный Человек Тест", "names-page-1");
    String queue = html(get("/review").with(OFFICER));
    assertThat(queue)
        .contains("Искендер Еримбет")
        .contains("action=\"/review/" + id + "/names\"")
        .contains("<option value=\"iskander-yerimbetov\">Iskander Yerimbetov</option>");
    String refused =
        html(
            post("/review/" + id)
                .with(OFFICER)
                .with(csrf())
                .param("decision", "VERIFIED")
                .header("HX-Request", "true"));
    assertThat(refused)
        .contains("First settle the names the registry does not know")
        .doesNotContain("/api/", "acceptUnknown");
    assertThat(evidence.find(id).orElseThrow().item().status().name()).isEqualTo("SUBMITTED");
    // Bad input changes nothing: no entry chosen, an entry not in the registry, a name not open.
    long decisions = count("name_decision");
    for (var bad :
        List.of(
            post("/review/" + id + "/names")
                .param("field", "persons")
                .param("name", "Искендер Еримбет"),
            post("/review/" + id + "/names")
                .param("field", "persons")
                .param("name", "Искендер Еримбет")
                .param("entity", "no-such-person"),
            post("/review/" + id + "/names")
                .param("field", "persons")
                .param("name", "Someone else")
                .param("unknown", "true"))) {
      assertThat(html(bad.with(OFFICER).with(csrf()).header("HX-Request", "true")))
          .contains("class=\"error\"");
    }
    assertThat(count("name_decision")).isEqualTo(decisions);
    mvc.perform(
            post("/review/" + id + "/names")
                .with(NGO)
                .with(csrf())
                .param("field", "persons")
                .param("name", "Искендер Еримбет")
                .param("unknown", "true"))
        .andExpect(status().isForbidden());

    String linked =
        html(
            post("/review/" + id + "/names")
                .with(OFFICER)
                .with(csrf())
                .header("HX-Request", "true")
                .param("field", "persons")
                .param("name", "Искендер Еримбет")
                .param("entity", "iskander-yerimbetov"));
    assertThat(linked)
        .doesNotContain("<q>Искендер Еримбет</q>")
        .contains("<q>Неизвестный Человек Тест</q>");
    String accepted =
        html(
            post("/review/" + id + "/names")
                .with(OFFICER)
                .with(csrf())
                .header("HX-Request", "true")
                .param("field", "persons")
                .param("name", "Неизвестный Человек Тест")
                .param("unknown", "true"));
    assertThat(accepted).contains("accepted as unknown").doesNotContain("/names\"");
    mvc.perform(
            post("/review/" + id)
                .with(OFFICER)
                .with(csrf())
                .param("decision", "VERIFIED")
                .param("note", "names settled"))
        .andExpect(redirectedUrl("/review?done=" + id));
    assertThat(evidence.find(id).orElseThrow().item().status().name()).isEqualTo("VERIFIED");
  }

  /**
   * A rejected item shows its submitter what to fix and takes a correction from its page: a new
   * revision back in review, the rejection kept in the history. Nobody else may correct it.
   */
  @Test
  void anNgoCorrectsItsRejectedItemFromItsPage() throws Exception {
    String id = submitRelease("Iskander Yerimbetov", "correct-page-1");
    mvc.perform(
            post("/review/" + id)
                .with(OFFICER)
                .with(csrf())
                .param("decision", "REJECTED")
                .param("note", "The source says 2020-01-20: fix the date"))
        .andExpect(redirectedUrl("/review?done=" + id));
    String page = html(get("/evidence/" + id).with(NGO));
    assertThat(page)
        .contains("What to fix")
        .contains("The source says 2020-01-20: fix the date")
        .contains("href=\"/evidence/" + id + "/correct\"");
    assertThat(html(get("/evidence/" + id).with(OFFICER))).doesNotContain("/correct\"");
    mvc.perform(get("/evidence/" + id + "/correct").with(NGO2)).andExpect(status().isNotFound());
    mvc.perform(get("/evidence/" + id + "/correct").with(OFFICER)).andExpect(status().isNotFound());
    assertThat(html(get("/evidence/" + id + "/correct").with(NGO)))
        .contains("Correct this item")
        .contains("value=\"2020-01-16\"")
        .contains("The source says 2020-01-20")
        .contains("action=\"/evidence/" + id + "/correct\"");

    var correction =
        post("/evidence/" + id + "/correct")
            .with(csrf())
            .param("type", "RELEASE")
            .param("summary", "Release with names to settle correct-page-1")
            .param("country", "KZ")
            .param("persons", "Iskander Yerimbetov")
            .param("qualifiers", "UNCONDITIONAL")
            .param("sourceOrganisation", "NGO")
            .param("sourceTitle", "Note correct-page-1");
    mvc.perform(correction.param("date", "2020-01-20").with(NGO2)).andExpect(status().isNotFound());
    assertThat(html(correction.param("date", "20.01.2020").with(NGO))).contains("error-summary");
    assertThat(evidence.find(id).orElseThrow().item().status().name()).isEqualTo("REJECTED");

    mvc.perform(
            post("/evidence/" + id + "/correct")
                .with(NGO)
                .with(csrf())
                .param("type", "RELEASE")
                .param("date", "2020-01-20")
                .param("summary", "Release with names to settle correct-page-1")
                .param("country", "KZ")
                .param("persons", "Iskander Yerimbetov")
                .param("qualifiers", "UNCONDITIONAL")
                .param("sourceOrganisation", "NGO")
                .param("sourceTitle", "Note correct-page-1"))
        .andExpect(redirectedUrl("/evidence/" + id + "?corrected"));
    var stored = evidence.find(id).orElseThrow();
    assertThat(stored.item().status().name()).isEqualTo("SUBMITTED");
    assertThat(stored.item().date().toString()).isEqualTo("2020-01-20");
    assertThat(html(get("/evidence/" + id).with(NGO)))
        .contains("Awaiting review")
        .contains("<td>corrected</td>")
        .contains("The source says 2020-01-20: fix the date");
    assertThat(html(get("/review").with(OFFICER))).contains("id=\"item-" + id + "\"");
  }

  /** Choosing another type redraws the fields with what was typed. */
  @Test
  void anotherTypeKeepsWhatWasTyped() throws Exception {
    String redrawn =
        html(
            get("/evidence/new")
                .with(NGO)
                .header("HX-Request", "true")
                .param("type", "DETENTION")
                .param("date", "2020-02-03")
                .param("summary", "Typed before the type changed")
                .param("persons", "Max Bokayev")
                .param("key", "typed-key"));
    assertThat(redrawn)
        .contains("value=\"2020-02-03\"")
        .contains("Typed before the type changed")
        .contains("value=\"Max Bokayev\"");
  }

  /** A duplicate says so in words and links the stored item, and stores nothing. */
  @Test
  void aDuplicateIsNamedInWordsWithALink() throws Exception {
    String id = submitRelease("Iskander Yerimbetov", "duplicate-page-1");
    long before = count("evidence");
    String again =
        html(
            post("/evidence")
                .with(NGO)
                .with(csrf())
                .param("type", "RELEASE")
                .param("date", "2020-01-16")
                .param("summary", "The same release, told again")
                .param("country", "KZ")
                .param("persons", "Iskander Yerimbetov")
                .param("qualifiers", "UNCONDITIONAL")
                .param("sourceOrganisation", "NGO")
                .param("sourceTitle", "Note duplicate-page-1")
                .param("key", "duplicate-page-2"));
    assertThat(again)
        .contains("This event is already stored")
        .contains("href=\"/evidence/" + id + "\"")
        .doesNotContain("send its id", "<strong>body</strong>");
    assertThat(count("evidence")).isEqualTo(before);
  }

  private String submitRelease(String persons, String key) throws Exception {
    return submitRelease(mvc, persons, "2020-01-16", key);
  }

  @Test
  void theFormAsksForWhatTheTypeNeedsAndSuggestsKnownNames() throws Exception {
    String release = html(get("/evidence/new").param("type", "RELEASE").with(NGO));
    assertThat(release)
        .contains("value=\"UNCONDITIONAL\"")
        .doesNotContain("value=\"PRE_TRIAL\"")
        .contains("name=\"persons\"")
        .doesNotContain("name=\"laws\"");
    String law =
        html(
            get("/evidence/new")
                .param("type", "LAW_AMENDED")
                .with(NGO)
                .header("HX-Request", "true"));
    assertThat(law)
        .doesNotContain("<html")
        .contains("name=\"laws\"")
        .contains("value=\"FALLS_SHORT\"")
        .doesNotContain("value=\"UNCONDITIONAL\"");
    assertThat(
            html(get("/evidence/suggest/persons").param("persons", "Искандер Еримбетов").with(NGO)))
        .contains("Iskander Yerimbetov");
    assertThat(
            html(
                get("/evidence/suggest/persons")
                    .param("persons", "Maks Bokaev; Iskandr Yerimbetof")
                    .with(NGO)))
        .contains("Iskander Yerimbetov")
        .doesNotContain("Maks Bokayev");
    assertThat(html(get("/evidence/suggest/laws").param("laws", "Art. 174").with(NGO)))
        .contains("Article 174");
  }

  @Test
  void anImportShowsEveryBadRowAndStoresNothingUntilConfirmed() throws Exception {
    long before = count("evidence");
    byte[] bad =
        TestWorkbooks.filledTemplate(
            sheet -> {
              TestWorkbooks.row(sheet, 1, TestWorkbooks.goodRow(1));
              var broken = new java.util.HashMap<>(TestWorkbooks.goodRow(2));
              broken.put(EvidenceColumn.DATE, "31/02/2020");
              TestWorkbooks.row(sheet, 2, broken);
            });
    var session = new org.springframework.mock.web.MockHttpSession();
    String page =
        html(
            multipart("/import")
                .file(new MockMultipartFile("file", "bad.xlsx", null, bad))
                .with(NGO)
                .with(csrf())
                .session(session));
    assertThat(page).contains("Nothing was stored").contains("<td>3</td>").contains("31/02/2020");
    assertThat(count("evidence")).isEqualTo(before);
    mvc.perform(post("/import/confirm").with(NGO).with(csrf()).session(session))
        .andExpect(redirectedUrl("/import"));
    assertThat(count("evidence")).isEqualTo(before);

    byte[] good =
        TestWorkbooks.filledTemplate(
            sheet -> {
              TestWorkbooks.row(sheet, 1, TestWorkbooks.goodRow(1));
              TestWorkbooks.row(sheet, 2, TestWorkbooks.goodRow(2));
            });
    String ready =
        html(
            multipart("/import")
                .file(new MockMultipartFile("file", "good.xlsx", null, good))
                .with(NGO)
                .with(csrf())
                .session(session));
    assertThat(ready).contains("Store these 2 rows");
    assertThat(count("evidence")).isEqualTo(before);
    assertThat(
            html(
                post("/import/confirm")
                    .param("upload", ImportUploadsTest.token(ready))
                    .with(NGO)
                    .with(csrf())
                    .session(session)))
        .contains("2 items stored");
    assertThat(count("evidence")).isEqualTo(before + 2);
    byte[] template = download(get("/import/template.xlsx").with(NGO));
    assertThat(new String(template, 0, 2)).isEqualTo("PK");
  }

  /**
   * The preview says what each row would do: rows already stored are named as such with a link, the
   * names the registry does not know are listed by row, and nothing is offered to store when every
   * row is already stored.
   */
  @Test
  void anImportPreviewShowsDuplicatesAndUnknownNamesRowByRow() throws Exception {
    var session = new org.springframework.mock.web.MockHttpSession();
    byte[] two =
        TestWorkbooks.filledTemplate(
            sheet -> {
              TestWorkbooks.row(sheet, 1, TestWorkbooks.goodRow(201));
              TestWorkbooks.row(sheet, 2, TestWorkbooks.goodRow(202));
            });
    String first = upload(two, session);
    assertThat(first)
        .contains("Store these 2 rows")
        .contains("stored as a new item")
        .contains("<li>Person 201</li>");
    assertThat(
            html(
                post("/import/confirm")
                    .param("upload", ImportUploadsTest.token(first))
                    .with(NGO)
                    .with(csrf())
                    .session(session)))
        .contains("2 items stored");
    long before = count("evidence");

    byte[] three =
        TestWorkbooks.filledTemplate(
            sheet -> {
              TestWorkbooks.row(sheet, 1, TestWorkbooks.goodRow(201));
              TestWorkbooks.row(sheet, 2, TestWorkbooks.goodRow(203));
              TestWorkbooks.row(sheet, 3, TestWorkbooks.goodRow(203));
            });
    String mixed = upload(three, session);
    assertThat(mixed)
        .contains("Store this row")
        .containsPattern(
            "(?s)id=\"row-2\">.*?the same event is already stored.*?href=\"/evidence/ev-[0-9a-f]+\"")
        .contains("the same event as row 3, not stored twice");
    assertThat(upload(two, session))
        .contains("Nothing new to store: every row is already stored.")
        .doesNotContain("action=\"/import/confirm\"");
    assertThat(count("evidence")).isEqualTo(before);
  }

  private String upload(byte[] xlsx, org.springframework.mock.web.MockHttpSession session)
      throws Exception {
    return html(
        multipart("/import")
            .file(new MockMultipartFile("file", "rows.xlsx", null, xlsx))
            .with(NGO)
            .with(csrf())
            .session(session));
  }

  @Test
  void aWhatIfShowsTheChangedVerdictsAndStoresNothing() throws Exception {
    String location = assess2019("2020-01-14");
    long evidence = count("evidence");
    long stored = count("assessment");
    assertThat(html(get(location + "/what-if").with(OFFICER))).contains("Nothing is stored");
    String page =
        html(
            post(location + "/what-if")
                .with(OFFICER)
                .with(csrf())
                .param("type", "RELEASE")
                .param("date", "2020-01-10")
                .param("persons", "Iskander Yerimbetov")
                .param("qualifiers", "UNCONDITIONAL")
                .param("summary", "Hypothetical unconditional release")
                .param("country", "KZ")
                .param("sourceOrganisation", "What-if")
                .param("sourceTitle", "What-if"));
    assertThat(page)
        .contains("Verdicts that would change: ")
        .contains("release of Iskander Yerimbetov")
        .contains("Hypothetical unconditional release");
    assertThat(count("evidence")).isEqualTo(evidence);
    assertThat(count("assessment")).isEqualTo(stored);
  }

  @Test
  void theDashboardShowsEveryDocumentPerGroupAndTheTrend() throws Exception {
    assess2019("2020-02-20");
    String page = html(get("/dashboard").with(OFFICER));
    assertThat(page)
        .contains("on the human rights situation in Kazakhstan")
        .contains("hx-get=\"/dashboard/trend?document=ep-2019-2610\"");
    String trend =
        html(
            get("/dashboard/trend")
                .param("document", "ep-2019-2610")
                .with(OFFICER)
                .header("HX-Request", "true"));
    assertThat(trend).contains("data-chart=\"trend\"").contains("<table");
  }

  /**
   * No mixed headline: an assessment of every document at once has one score per group over all of
   * them, so beside one document's counts the dashboard shows no score but a link to the
   * assessment; and a page of the API's list, scorecard or diff never says "overall".
   */
  @Test
  void theDashboardShowsNoScoreThatIsNotTheDocumentsOwn() throws Exception {
    mvc.perform(post("/assessments").with(OFFICER).with(csrf()).param("asOf", "2020-02-20"))
        .andExpect(status().is3xxRedirection());
    String page = html(get("/dashboard").with(OFFICER));
    java.util.regex.Matcher tables =
        java.util.regex.Pattern.compile("(?s)<table class=\"groups\">.*?</table>").matcher(page);
    int seen = 0;
    while (tables.find()) {
      seen++;
      assertThat(tables.group())
          .as("a group's score beside one document's counts")
          .doesNotContainPattern("<span>\\d+\\.\\d</span>");
    }
    assertThat(seen).isPositive();
    // The 2019 resolution's groups were scored (with the other document's): a link, no figure;
    // nothing of the 2021 one could be assessed: no score, and it says so.
    assertThat(page)
        .contains("scored with other documents")
        .contains("No recommendation could be assessed yet")
        .doesNotContain("Overall", "overall");
  }

  @Test
  void theRussianInterfaceRendersWithRussianLabelsAndNumbers() throws Exception {
    String page = html(get("/dashboard").param("lang", "ru").with(OFFICER));
    assertThat(page).contains("lang=\"ru\"").contains("Обзор").contains("Выйти");
    String login = html(get("/login").header("Accept-Language", "ru"));
    assertThat(login).contains("Вход").contains("Пароль");
    String form = html(get("/evidence/new").param("type", "RELEASE").param("lang", "ru").with(NGO));
    assertThat(form)
        .contains(
            org.compliance.labels.Labels.of(
                org.compliance.evidence.Qualifier.UNCONDITIONAL,
                java.util.Locale.forLanguageTag("ru")));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"ru", "kk"})
  void reasonsFindingsAndRuleNamesAreInTheReadersLanguage(String lang) throws Exception {
    String location = assess2019("2020-02-20");
    String id = location.substring(location.lastIndexOf('/') + 1);
    StringBuilder pages = new StringBuilder(html(get(location).param("lang", lang).with(OFFICER)));
    for (var r :
        assessments.get(id, new Reader("officer", true, null)).scorecard().recommendations()) {
      pages.append(
          html(get(location + "/recommendations/" + r.id()).param("lang", lang).with(OFFICER)));
    }
    String text = pages.toString().replace("&quot;", "\"").replace("&#39;", "'");
    // Every fixed part of an English wording or rule name (sources' summaries are quoted as they
    // are, so only our own words are looked for).
    List<String> english = new ArrayList<>();
    for (String bundle : List.of("reasons", "rules")) {
      java.util.Properties p = new java.util.Properties();
      try (var in =
          getClass().getResourceAsStream("/org/compliance/labels/" + bundle + ".properties")) {
        p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      for (Object v : p.values()) {
        for (String part : v.toString().split("\\{[^}]*}")) {
          String words = part.replaceAll("^[^A-Za-z]+|[^A-Za-z]+$", "");
          if (words.length() >= 12) {
            english.add(words);
          }
        }
      }
    }
    assertThat(english).hasSizeGreaterThan(100);
    // Sources are quoted as they are: other tests' items in this database say "released
    // unconditionally" in their summaries.
    for (var item : evidence.all()) {
      text = text.replace(org.springframework.web.util.HtmlUtils.htmlEscape(item.summary()), "");
      text = text.replace(item.summary(), "");
    }
    assertThat(english.stream().filter(text::contains).distinct().toList())
        .as("English words on the " + lang + " scorecard and recommendation pages")
        .isEmpty();
  }

  @Test
  void theKazakhInterfaceComesFromItsBundlesAndTheSwitcherOffersEveryLanguage() throws Exception {
    String page = html(get("/dashboard").param("lang", "kk").with(OFFICER));
    assertThat(page)
        .contains("lang=\"kk\"", "Шолу", "Шығу")
        .contains("hreflang=\"en\"", "hreflang=\"ru\"", "hreflang=\"kk\"")
        .contains("English", "Русский", "Қазақша");
    String login = html(get("/login").header("Accept-Language", "kk-KZ, ru;q=0.8"));
    assertThat(login).contains("Кіру").contains("Құпиясөз");
  }

  /** The form's refusals in the reader's language, the fields by their names on the form. */
  @Test
  void formErrorsAreInTheReadersLanguage() throws Exception {
    String bad =
        html(
            post("/evidence")
                .with(NGO)
                .with(csrf())
                .cookie(new jakarta.servlet.http.Cookie("lang", "ru"))
                .param("type", "RELEASE")
                .param("date", "31.12.2019")
                .param("summary", "Освобождён")
                .param("country", "KZ")
                .param("sourceTitle", "Заметка")
                .param("sourceUrl", "ftp://example.org"));
    assertThat(bad)
        .contains("«31.12.2019» — не дата: пишите гггг-мм-дд, гггг-мм или гггг")
        .contains("<strong>Дата</strong>");
    String refused =
        html(
            post("/evidence")
                .with(NGO)
                .with(csrf())
                .cookie(new jakarta.servlet.http.Cookie("lang", "ru"))
                .param("type", "RELEASE")
                .param("date", "2019-12-31")
                .param("summary", "Освобождён")
                .param("country", "KZ")
                .param("sourceTitle", "Заметка")
                .param("sourceUrl", "ftp://example.org"));
    assertThat(refused)
        .contains("<strong>Кто сообщил</strong><span>: </span><span>обязательно</span>")
        .contains("<strong>Веб-адрес</strong><span>: </span><span>должно быть веб-адресом")
        .doesNotContain("is required", "must be a web address");
  }

  @Test
  void theMethodologyTableReadsInTheReadersLanguageAndDownloadsAsAWorkbook() throws Exception {
    var ru = java.util.Locale.forLanguageTag("ru");
    String page = html(get("/methodology").param("lang", "ru").with(NGO));
    int rows = org.compliance.rules.MethodologyTable.rows().size();
    assertThat(count(page, "id=\"rule-")).isEqualTo(rows).isGreaterThan(40);
    // A finding of a table rule links to its row.
    String location = assess2019("2020-02-20");
    assertThat(html(get(location + "/recommendations/ep-2019-2610-05").with(NGO)))
        .contains("href=\"/methodology#rule-release.conditional\"");
    // From the scorecard, each row lists the recommendations its rule judged there.
    String id = location.substring(location.lastIndexOf('/') + 1);
    assertThat(html(get(location).with(NGO)))
        .contains("href=\"/methodology?assessment=" + id + "\"");
    String applied =
        html(get("/methodology").param("assessment", id).param("lang", "ru").with(NGO));
    String conditional =
        applied.substring(
            applied.indexOf("id=\"rule-release.conditional\""),
            applied.indexOf("id=\"rule-release.unstated-terms\""));
    assertThat(conditional)
        .contains("href=\"" + location + "/recommendations/ep-2019-2610-05\"")
        .contains("применено к рекомендациям");
    assertThat(page)
        .contains(org.compliance.labels.Reasons.ruleName("release.conditional", null, ru))
        .contains("требование выполнено частично")
        .contains(org.compliance.labels.Labels.of(org.compliance.evidence.Qualifier.PAROLE, ru))
        // why a row says what it says, in the reader's words too
        .contains(org.compliance.labels.Reasons.ruleWhy("release.conditional", ru))
        .doesNotContain("partly meets", "Terms: one of", "PAROLE,", "on the hook");
    byte[] xlsx =
        mvc.perform(get("/methodology.xlsx").param("lang", "ru").with(OFFICER))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(rows);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Правило");
    }
  }

  /** An officer assesses the 2019 resolution as of this date; where its page is. */
  private String assess2019(String asOf) throws Exception {
    return assess2019(mvc, asOf);
  }

  /** A streamed download: the body is complete once the asynchronous writer has finished. */
  private byte[] download(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    var result =
        mvc.perform(request)
            .andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.request()
                    .asyncStarted())
            .andReturn();
    result.getAsyncResult(10_000);
    assertThat(result.getResponse().getContentType()).contains("spreadsheetml");
    assertThat(result.getResponse().getHeader("Content-Disposition")).contains(".xlsx");
    return result.getResponse().getContentAsByteArray();
  }

  private static long count(String text, String needle) {
    return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
  }
}
