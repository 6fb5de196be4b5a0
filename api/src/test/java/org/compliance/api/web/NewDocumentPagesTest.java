package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.proposal.AskProposer;
import org.compliance.labels.Labels;
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
 * The new-document page (issue 23) through the real filters, in the page tests' context: only the
 * role that may add documents through the API opens it; a Russian reader's preview has no English
 * words but the pasted text and the registry's names; a refused publication is shown in Russian,
 * placed by paragraph and ask, and stores nothing.
 */
class NewDocumentPagesTest extends WebTestSupport {

  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  static final Locale RU = Locale.forLanguageTag("ru");
  static final String TEXT =
      """
      1. Calls on the Kazakh authorities to release Aron Atabek immediately and to ensure his full \
      rehabilitation;
      2. Urges the authorities to repeal Article 174 of the Criminal Code;
      3. Calls on the EU Delegation to monitor the trials of activists;
      """;

  @Autowired WebApplicationContext context;
  @Autowired CatalogueStore catalogue;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void officersAndAdminsOpenThePageAndAnNgoDoesNot() throws Exception {
    RequestPostProcessor ngo = user("ngo").roles("NGO");
    mvc.perform(get("/documents/new").with(ngo)).andExpect(status().isForbidden());
    mvc.perform(post("/documents/new").with(ngo).with(csrf()).param("text", TEXT))
        .andExpect(status().isForbidden());
    mvc.perform(post("/documents").with(ngo).with(csrf()).param("text", TEXT))
        .andExpect(status().isForbidden());
    for (RequestPostProcessor who : List.of(ADMIN, user("officer").roles("OFFICER"))) {
      assertThat(html(get("/documents/new").with(who)))
          .contains("<h1>New document</h1>")
          .contains("value=\"KZ\"");
      assertThat(html(get("/dashboard").with(who))).contains("href=\"/documents/new\"");
    }
    assertThat(html(get("/dashboard").with(ngo))).doesNotContain("href=\"/documents/new\"");
  }

  @Test
  void aRussianReaderSeesThePreviewWithNoEnglishButTheTextAndTheNames() throws Exception {
    String page =
        html(
            post("/documents/new")
                .with(ADMIN)
                .with(csrf())
                .param("lang", "ru")
                .param("title", "Резолюция о деле Арона Атабека")
                .param("body", "Европейский парламент")
                .param("adopted", "2026-03-12")
                .param("text", TEXT));
    assertThat(page)
        .contains("lang=\"ru\"")
        .contains("Предлагаемые требования")
        .contains(">предложение<")
        .contains(Labels.of(RequirementKind.RELEASE, RU))
        .contains(Labels.of(RequirementKind.REPEAL_LAW, RU))
        .contains(Labels.of(org.compliance.catalogue.Addressee.EU_DELEGATION, RU))
        .contains("Aron Atabek")
        // the suggested id from a body written in Cyrillic keeps to the characters ids may use
        .contains("value=\"doc-2026-03-12\"");
    String text = visibleText(page);
    for (AskProposer.Paragraph p : AskProposer.paragraphs(TEXT)) {
      text = text.replace(p.text(), "");
    }
    // The words of each ask are quoted from the paragraph; the registry's names are names.
    text = text.replaceAll("«[^»]*»", "");
    for (String kind : List.of("PERSON", "LAW", "ORGANISATION")) {
      for (var e :
          catalogue.catalogue().registry().all(org.compliance.registry.EntityType.valueOf(kind))) {
        text = text.replace(e.name(), "");
      }
    }
    List<String> english = new ArrayList<>();
    Matcher m = Pattern.compile("\\b[A-Za-z]{3,}\\b").matcher(text);
    while (m.find()) {
      english.add(m.group());
    }
    // "English" is the language switcher's name for the language; "admin" who is signed in.
    assertThat(english).as("English words on the Russian preview").containsOnly("English", "admin");
  }

  @Test
  void aRefusedPublicationIsShownInRussianByParagraphAndStoresNothing() throws Exception {
    long documents = count("document");
    long recommendations = count("recommendation");
    String page =
        html(
            publish()
                .param("id", "bad id!")
                .cookie(new jakarta.servlet.http.Cookie("lang", "ru"))
                .param("paragraphs[1].asks[0].extra", "Nobody Known"));
    assertThat(page)
        .contains("<strong>Идентификатор документа</strong>")
        .contains("может содержать только")
        .contains("<strong>Пункт 3, требование 1</strong>")
        .contains("<strong>Пункт 2, требование 1</strong>")
        .contains("«Nobody Known» нет в реестре")
        .doesNotContain("recommendations[", "is required", "must name");
    assertThat(count("document")).isEqualTo(documents);
    assertThat(count("recommendation")).isEqualTo(recommendations);
  }

  /** Asks read from one text are never published under another: the page reads the new one. */
  @Test
  void aTextChangedAfterThePreviewIsReadAgainNotPublished() throws Exception {
    long documents = count("document");
    String page =
        html(
            publish()
                .param("id", "ep-changed-text")
                .param("paragraphs[2].asks[0].extra", "EU Delegation to Kazakhstan")
                .param("text", TEXT + "4. Calls on the authorities to release Max Bokayev;"));
    assertThat(page)
        .contains("The text changed after the preview")
        .contains("id=\"paragraph-3\"")
        .contains("value=\"ep-changed-text\"");
    assertThat(count("document")).isEqualTo(documents);
  }

  /** What the page sends after the preview of {@link #TEXT}, the third ask left without target. */
  private MockHttpServletRequestBuilder publish() {
    List<AskProposer.Paragraph> ps = AskProposer.paragraphs(TEXT);
    return post("/documents")
        .with(ADMIN)
        .with(csrf())
        .param("title", "Refused resolution")
        .param("body", "European Parliament")
        .param("adopted", "2026-03-12")
        .param("country", "KZ")
        .param("text", TEXT)
        .param("previewed", TEXT)
        .param("paragraphs[0].number", "1")
        .param("paragraphs[0].text", ps.get(0).text())
        .param("paragraphs[0].keep", "true")
        .param("paragraphs[0].addressee", "STATE_AUTHORITIES")
        .param("paragraphs[0].theme", "POLITICAL_PRISONERS")
        .param("paragraphs[0].asks[0].keep", "true")
        .param("paragraphs[0].asks[0].kind", "RELEASE")
        .param("paragraphs[0].asks[0].text", "release Aron Atabek immediately")
        .param("paragraphs[0].asks[0].targets", "PERSON:aron-atabek")
        .param("paragraphs[1].number", "2")
        .param("paragraphs[1].text", ps.get(1).text())
        .param("paragraphs[1].keep", "true")
        .param("paragraphs[1].addressee", "STATE_AUTHORITIES")
        .param("paragraphs[1].theme", "CRIMINAL_LAW")
        .param("paragraphs[1].asks[0].keep", "true")
        .param("paragraphs[1].asks[0].kind", "REPEAL_LAW")
        .param("paragraphs[1].asks[0].text", "repeal Article 174 of the Criminal Code")
        .param("paragraphs[1].asks[0].targets", "LAW:kz-cc-174")
        .param("paragraphs[2].number", "3")
        .param("paragraphs[2].text", ps.get(2).text())
        .param("paragraphs[2].keep", "true")
        .param("paragraphs[2].addressee", "EU_DELEGATION")
        .param("paragraphs[2].theme", "EU_RELATIONS")
        .param("paragraphs[2].asks[0].keep", "true")
        .param("paragraphs[2].asks[0].kind", "ENGAGE")
        .param("paragraphs[2].asks[0].text", "monitor the trials of activists");
  }

  private String html(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** The words a reader sees: no markup, scripts, or attribute values. */
  private static String visibleText(String html) {
    String body = html.replaceAll("(?s)<head>.*?</head>", " ");
    body = body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
    return HtmlUtils.htmlUnescape(body).replaceAll("\\s+", " ");
  }
}
