package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.evidence.ReviewStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sources weighed, for officers: two reports of one release that disagree on its terms are listed
 * beside the review queue with the account that decides for now; setting the wrong one aside ends
 * the conflict, and a third source saying the same as the right one is shown as corroboration.
 */
class SourceConflictsPagesTest extends WebTestSupport {

  static final RequestPostProcessor NGO = user("ngo").roles("NGO");
  static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  @Autowired WebApplicationContext context;
  @Autowired EvidenceStore evidence;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void aConflictIsListedUntilAnOfficerSetsTheWrongAccountAside() throws Exception {
    String free =
        release("2022-09-05", "UNCONDITIONAL", "Freedom Now", "Dzhakishev freed (Freedom Now)");
    String parole = release("2022-09-10", "PAROLE", "Reuters", "Dzhakishev on parole (Reuters)");
    String alsoFree =
        release(
            "2022-09-07",
            "UNCONDITIONAL",
            "Ministry of Justice of Kazakhstan",
            "Dzhakishev freed (the ministry)");
    mvc.perform(
            post("/review/verify").with(OFFICER).with(csrf()).param("ids", free, parole, alsoFree))
        .andExpect(status().isOk());
    String assessment = assess();

    String listed = text(get("/api/conflicts").with(OFFICER));
    assertThat(listed)
        .contains("\"ruleId\":\"conflicts.release-terms\"")
        .contains(free)
        .contains(parole);
    // The less favourable account (parole) decides until an officer does.
    assertThat(listed).contains("\"decides\":{\"item\":{\"id\":\"" + parole);
    String page = text(get("/review/conflicts").with(OFFICER));
    assertThat(page)
        .contains("Conflicts between sources")
        .contains("Dzhakishev on parole (Reuters)")
        .contains("Dzhakishev freed (Freedom Now)")
        .contains("Decides until an officer does")
        .contains("Set this account aside");
    assertThat(text(get("/review/conflicts/count").with(OFFICER)))
        .containsPattern("Conflicts between sources: [1-9][0-9]* to resolve");
    mvc.perform(get("/api/conflicts").with(NGO)).andExpect(status().isForbidden());
    mvc.perform(get("/review/conflicts").with(NGO)).andExpect(status().isForbidden());

    // A note is needed: its organisation reads why.
    assertThat(text(post("/review/conflicts/set-aside/" + parole).with(OFFICER).with(csrf())))
        .contains("Write why this account is wrong");
    assertThat(statusOf(parole)).isEqualTo(ReviewStatus.VERIFIED);

    // The page names the version the officer saw, as any change of a decision must.
    java.util.regex.Matcher seen =
        java.util.regex.Pattern.compile(
                "set-aside/" + parole + "\".*?name=\"version\" value=\"(\\d+)\"",
                java.util.regex.Pattern.DOTALL)
            .matcher(page);
    assertThat(seen.find()).isTrue();
    mvc.perform(
            post("/review/conflicts/set-aside/" + parole)
                .with(OFFICER)
                .with(csrf())
                .param("version", seen.group(1))
                .param("note", "The court's record shows an unconditional release"))
        .andExpect(redirectedUrlPattern("/review/conflicts?done=*"));
    assertThat(statusOf(parole)).isEqualTo(ReviewStatus.REJECTED);
    assertThat(text(get("/api/conflicts").with(OFFICER))).doesNotContain(parole);

    // Assessed again: no conflict; the two sources saying "unconditional" corroborate each other.
    String again = assess();
    assertThat(again).isNotEqualTo(assessment);
    String rec =
        text(get("/assessments/" + again + "/recommendations/ep-2019-2610-06").with(OFFICER));
    assertThat(rec)
        .doesNotContain("conflicts.release-terms")
        .contains("Said by 2 sources, 1 of them independent; also") // the ministry is the state's
        .contains("Ministry of Justice of Kazakhstan");

    // An admin says the ministry is not known as a source: the next assessment counts it as
    // independent (the registry of sources is what the weighing reads).
    mvc.perform(
            put("/api/entities/organisations/kz-ministry-of-justice/source-kind")
                .with(ADMIN)
                .contentType("application/json")
                .content("{\"sourceKind\":null}"))
        .andExpect(status().isOk());
    try {
      assertThat(
              text(
                  get("/assessments/" + assess() + "/recommendations/ep-2019-2610-06")
                      .with(OFFICER)))
          .contains("Said by 2 sources, 2 of them independent; also");
    } finally {
      mvc.perform(
          put("/api/entities/organisations/kz-ministry-of-justice/source-kind")
              .with(ADMIN)
              .contentType("application/json")
              .content("{\"sourceKind\":\"STATE_AUTHORITY\"}"));
    }
  }

  @Test
  void adminsSayWhatKindOfSourceAnOrganisationIsOfficersReadIt() throws Exception {
    assertThat(text(get("/review/sources").with(OFFICER)))
        .contains("Registry of sources")
        .contains("OSCE/ODIHR")
        .contains("Independent monitor") // the Open Dialogue Foundation, from the fixtures
        .doesNotContain("<select");
    mvc.perform(
            post("/review/sources/osce-odihr")
                .with(OFFICER)
                .with(csrf())
                .param("sourceKind", "INTERNATIONAL_BODY"))
        .andExpect(status().isForbidden());

    mvc.perform(
            post("/review/sources/osce-odihr")
                .with(ADMIN)
                .with(csrf())
                .param("sourceKind", "INTERNATIONAL_BODY"))
        .andExpect(redirectedUrlPattern("/review/sources?saved=osce-odihr*"));
    assertThat(
            text(
                get("/api/audit")
                    .param("action", "SOURCE_KIND_SET")
                    .param("subject", "osce-odihr")
                    .with(ADMIN)))
        .contains("\"who\":\"admin\"");
    assertThat(text(get("/review/sources").with(ADMIN)))
        .containsPattern(
            "(?s)id=\"source-osce-odihr\".*?<option value=\"INTERNATIONAL_BODY\" selected");

    // The API: one path of checks, refused by name in the reader's language, nothing changed.
    String bad =
        text(
            put("/api/entities/organisations/osce-odihr/source-kind")
                .with(ADMIN)
                .header("Accept-Language", "ru")
                .contentType("application/json")
                .content("{\"sourceKind\":\"GOVERNMENT\"}"));
    assertThat(bad).contains("sourceKind").contains("должно быть одним из значений");
    mvc.perform(
            put("/api/entities/organisations/no-such-body/source-kind")
                .with(ADMIN)
                .contentType("application/json")
                .content("{\"sourceKind\":\"MEDIA\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(
            put("/api/entities/organisations/osce-odihr/source-kind")
                .with(NGO)
                .contentType("application/json")
                .content("{\"sourceKind\":\"MEDIA\"}"))
        .andExpect(status().isForbidden());
    assertThat(
            text(
                put("/api/entities/organisations/osce-odihr/source-kind")
                    .with(ADMIN)
                    .contentType("application/json")
                    .content("{\"sourceKind\":null}")))
        .doesNotContain("sourceKind");
  }

  private String release(String date, String terms, String source, String summary)
      throws Exception {
    String location =
        mvc.perform(
                post("/evidence")
                    .with(NGO)
                    .with(csrf())
                    .param("type", "RELEASE")
                    .param("date", date)
                    .param("summary", summary)
                    .param("country", "KZ")
                    .param("persons", "Mukhtar Dzhakishev")
                    .param("qualifiers", terms)
                    .param("sourceOrganisation", source)
                    .param("sourceTitle", summary)
                    .param("key", summary))
            .andExpect(redirectedUrlPattern("/evidence/ev-*?submitted"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
  }

  private String assess() throws Exception {
    String to = assess2019(mvc, "2022-12-31");
    assertThat(to).startsWith("/assessments/");
    return to.substring(to.lastIndexOf('/') + 1);
  }

  private String text(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private ReviewStatus statusOf(String id) {
    return evidence.find(id).orElseThrow().item().status();
  }
}
