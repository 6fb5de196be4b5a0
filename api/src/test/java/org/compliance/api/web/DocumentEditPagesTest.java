package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.compliance.api.catalogue.CatalogueService;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.catalogue.Theme;
import org.compliance.evidence.PartialDate;
import org.compliance.exchange.DocumentBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The editor (issue 23) through the real filters: only who may add documents opens it; a refusal is
 * placed by paragraph and ask and stores nothing; a publication keeps the ids of what stays, gives
 * a new paragraph an id the document never had, and is refused once another version was published;
 * a split moves asks with their ids; the versions page words the difference in the reader's
 * language.
 */
class DocumentEditPagesTest extends WebTestSupport {

  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  @Autowired WebApplicationContext context;
  @Autowired CatalogueService service;
  @Autowired CatalogueStore store;
  @Autowired org.compliance.api.catalogue.DocumentVersions history;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  /** Two paragraphs: the first with two asks, the second with one. */
  String document() {
    String id = "ed-" + System.nanoTime();
    Recommendation one =
        new Recommendation(
            id + "-01",
            id,
            "1",
            "Calls for the release of Iskander Yerimbetov and the quashing of his conviction",
            Addressee.STATE_AUTHORITIES,
            Set.of(Theme.POLITICAL_PRISONERS),
            1.0,
            List.of(
                new Requirement(
                    id + "-01-a",
                    RequirementKind.RELEASE,
                    "release Iskander Yerimbetov",
                    List.of(new Target(TargetType.PERSON, "iskander-yerimbetov"))),
                new Requirement(
                    id + "-01-b",
                    RequirementKind.QUASH_CONVICTION,
                    "quash his conviction",
                    List.of(new Target(TargetType.PERSON, "iskander-yerimbetov")))));
    Recommendation two =
        new Recommendation(
            id + "-02",
            id,
            "2",
            "Urges the authorities to repeal Article 174 of the Criminal Code",
            Addressee.STATE_AUTHORITIES,
            Set.of(Theme.CRIMINAL_LAW),
            1.0,
            List.of(
                new Requirement(
                    id + "-02-a",
                    RequirementKind.REPEAL_LAW,
                    "repeal Article 174",
                    List.of(new Target(TargetType.LAW, "kz-cc-174")))));
    service.addBundle(
        new DocumentBundle(
            new Document(
                id,
                "Editor test",
                "European Parliament",
                null,
                PartialDate.parse("2023-05-11"),
                "KZ"),
            null,
            List.of(one, two),
            List.of()),
        "admin");
    return id;
  }

  /**
   * The form as the editor shows version {@code version}, every field once; {@code changes} replace
   * or add fields (a value of null leaves the field out, as an unticked box is).
   */
  MockHttpServletRequestBuilder form(String id, int version, String action, String... changes) {
    java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
    f.put("action", action);
    f.put("version", String.valueOf(version));
    f.put("title", "Editor test");
    f.put("body", "European Parliament");
    f.put("adopted", "2023-05-11");
    f.put("country", "KZ");
    List<Recommendation> recs =
        history.version(id, version).orElseThrow().bundle().recommendations();
    for (int i = 0; i < recs.size(); i++) {
      Recommendation r = recs.get(i);
      String at = "paragraphs[" + i + "].";
      f.put(at + "keep", "true");
      f.put(at + "recommendationId", r.id());
      f.put(at + "number", r.paragraph());
      f.put(at + "text", r.text());
      f.put(at + "addressee", r.addressee().name());
      f.put(at + "themes", r.themes().iterator().next().name());
      f.put(at + "weight", "1.0");
      for (int j = 0; j < r.requirements().size(); j++) {
        Requirement q = r.requirements().get(j);
        String aat = at + "asks[" + j + "].";
        f.put(aat + "requirementId", q.id());
        f.put(aat + "keep", "true");
        f.put(aat + "kind", q.kind().name());
        f.put(aat + "text", q.text());
        f.put(aat + "targets", q.targets().get(0).type() + ":" + q.targets().get(0).ref());
      }
    }
    for (int k = 0; k + 1 < changes.length; k += 2) {
      f.put(changes[k], changes[k + 1]);
    }
    MockHttpServletRequestBuilder b = post("/documents/" + id + "/edit").with(csrf());
    f.forEach(
        (k, v) -> {
          if (v != null) {
            b.param(k, v);
          }
        });
    return b;
  }

  @Test
  void onlyWhoMayAddDocumentsEditsThem() throws Exception {
    String id = document();
    RequestPostProcessor ngo = user("ngo").roles("NGO");
    mvc.perform(get("/documents/" + id + "/edit").with(ngo)).andExpect(status().isForbidden());
    mvc.perform(form(id, 1, "publish").with(ngo)).andExpect(status().isForbidden());
    // officers add documents (the New document and import pages), so they edit them too
    assertThat(html(get("/documents/" + id + "/edit").with(user("officer").roles("OFFICER"))))
        .contains("Calls for the release of Iskander Yerimbetov");
    assertThat(html(get("/documents/" + id + "/edit").with(ADMIN)))
        .contains("Calls for the release of Iskander Yerimbetov")
        .contains("value=\"" + id + "-01-b\"");
    assertThat(html(get("/documents/" + id + "/versions").with(user("ngo").roles("NGO"))))
        .contains("id=\"version-1\"")
        .doesNotContain("/edit\"");
    assertThat(html(get("/dashboard").with(ADMIN)))
        .contains("href=\"/documents/" + id + "/versions\"")
        .contains("href=\"/documents/" + id + "/edit\"");
  }

  @Test
  void aRefusalIsPlacedByParagraphAndAskAndStoresNothing() throws Exception {
    String id = document();
    String page =
        html(
            form(id, 1, "publish", "paragraphs[1].asks[0].extra", "Nobody Known Here").with(ADMIN));
    assertThat(page).contains("Paragraph 2, ask 1").contains("Nobody Known Here");
    assertThat(history.versions(id)).hasSize(1);
  }

  /**
   * A misspelt target is refused by the place it was typed, naming what the registry knows close to
   * it, in the words the admin API uses for the same target (one check for both), in the reader's
   * language; nothing is stored. The preview refuses it as publishing does.
   */
  @Test
  void aTargetNotInTheRegistryIsRefusedWithTheRegistrysClosestNames() throws Exception {
    String id = document();
    for (String action : List.of("preview", "publish")) {
      String page =
          html(
              form(id, 1, action, "paragraphs[1].asks[0].extra", "Iskander Yerimbetv").with(ADMIN));
      assertThat(HtmlUtils.htmlUnescape(page))
          .as(action)
          .contains("Paragraph 2, ask 1")
          .contains("«Iskander Yerimbetv» is not in the registry. The closest names it knows:")
          .contains("«Iskander Yerimbetov»");
    }
    String ru =
        HtmlUtils.htmlUnescape(
            html(
                form(id, 1, "publish", "paragraphs[1].asks[0].extra", "Iskander Yerimbetv")
                    .with(ADMIN)
                    .cookie(new jakarta.servlet.http.Cookie("lang", "ru"))));
    assertThat(ru)
        .contains("«Iskander Yerimbetv» нет в реестре. Ближайшие известные ему имена:")
        .contains("«Iskander Yerimbetov»");
    // The admin API's refusal of the same name as a person's reference: the same sentence.
    String bundle =
        """
        {"document":{"id":"%s-api","title":"T","body":"European Parliament","adopted":"2023-05-11","country":"KZ"},
         "recommendations":[{"id":"%s-api-01","document":"%s-api","paragraph":"1","text":"Release him",
           "addressee":"STATE_AUTHORITIES","themes":["POLITICAL_PRISONERS"],"weight":1,
           "requirements":[{"id":"%s-api-01-a","kind":"RELEASE","text":"release him",
             "targets":[{"type":"PERSON","ref":"Iskander Yerimbetv"}]}]}]}
        """
            .formatted(id, id, id, id);
    String api =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/documents")
                    .with(ADMIN)
                    .contentType("application/json")
                    .content(bundle))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(api)
        .contains("recommendations[0].requirements[0].targets[0].ref")
        .contains("«Iskander Yerimbetv» is not in the registry. The closest names it knows:")
        .contains("«Iskander Yerimbetov»");
    assertThat(history.versions(id)).hasSize(1);
  }

  @Test
  void publishingKeepsTheIdsOfWhatStaysAndAStaleEditIsRefused() throws Exception {
    String id = document();
    // The first reworded, the second dropped, a new one added.
    mvc.perform(
            form(
                    id,
                    1,
                    "publish",
                    "paragraphs[0].text",
                    "Demands the release of Iskander Yerimbetov",
                    "paragraphs[1].keep",
                    null,
                    "paragraphs[2].keep",
                    "true",
                    "paragraphs[2].number",
                    "3",
                    "paragraphs[2].text",
                    "Calls for the release of Maks Bokayev",
                    "paragraphs[2].addressee",
                    "STATE_AUTHORITIES",
                    "paragraphs[2].themes",
                    "POLITICAL_PRISONERS",
                    "paragraphs[2].asks[0].keep",
                    "true",
                    "paragraphs[2].asks[0].kind",
                    "RELEASE",
                    "paragraphs[2].asks[0].text",
                    "release Maks Bokayev",
                    "paragraphs[2].asks[0].extra",
                    "Maks Bokayev")
                .with(ADMIN))
        .andExpect(status().is3xxRedirection());
    DocumentBundle v2 = history.version(id, 2).orElseThrow().bundle();
    assertThat(v2.recommendations().stream().map(Recommendation::id))
        .containsExactly(id + "-01", id + "-03");
    assertThat(v2.recommendations().get(0).text())
        .isEqualTo("Demands the release of Iskander Yerimbetov");
    assertThat(v2.recommendations().get(0).requirements().stream().map(Requirement::id))
        .containsExactly(id + "-01-a", id + "-01-b");
    assertThat(v2.recommendations().get(1).requirements().get(0).targets())
        .containsExactly(new Target(TargetType.PERSON, "maks-bokayev"));

    // Someone still on version 1 publishes: refused, in words, nothing stored.
    String stale = html(form(id, 1, "publish", "paragraphs[0].text", "Something else").with(ADMIN));
    assertThat(stale).contains("you edited version 1, but version 2 was published since");
    assertThat(history.versions(id)).hasSize(2);

    String diff = html(get("/documents/" + id + "/versions").param("lang", "ru").with(ADMIN));
    assertThat(diff)
        .contains("Добавленные рекомендации (1)")
        .contains("Удалённые рекомендации (1)")
        .contains("Изменённые рекомендации (1)")
        .contains("Demands the release of Iskander Yerimbetov");
  }

  @Test
  void aSplitMakesTheLaterAsksANewRecommendationKeepingTheirIds() throws Exception {
    String id = document();
    String page = html(form(id, 1, "split-0-1").with(ADMIN));
    assertThat(page)
        .contains("name=\"paragraphs[1].asks[0].requirementId\" value=\"" + id + "-01-b\"")
        .contains("name=\"paragraphs[2].recommendationId\" value=\"" + id + "-02\"");
    // the new paragraph has no recommendation yet
    assertThat(page).contains("name=\"paragraphs[1].recommendationId\" value=\"\"");
  }

  String html(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
