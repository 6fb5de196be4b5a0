package org.compliance.api.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One running application for the page tests and the browser tests (the context is shared): the
 * embedded H2 database in a fresh temporary data directory, seeded from the fixtures, with the demo
 * accounts and a second NGO, and a real SMTP server ({@link TestMail}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// The browser reaches the server at 127.0.0.1, so that is its public address (the sign-in's
// redirect
// to another host would be a different site to the browser).
@TestPropertySource(
    properties = {
      "server.address=127.0.0.1",
      "compliance.public-url=http://127.0.0.1:${local.server.port}"
    })
abstract class WebTestSupport {

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("compliance-web-");
    dir.toFile().deleteOnExit();
    registry.add("compliance.data-dir", dir::toString);
    // A real SMTP server; the notices' e-mails go out within a fifth of a second.
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> TestMail.SERVER.getSmtp().getPort());
    registry.add("compliance.notices.mail-every", () -> "200ms");
  }

  @Autowired JdbcClient jdbc;

  /** An NGO submits a release naming these persons through the page's form; the new item's id. */
  static String submitRelease(MockMvc mvc, String persons, String date, String key)
      throws Exception {
    String location =
        mvc.perform(
                post("/evidence")
                    .with(user("ngo").roles("NGO"))
                    .with(csrf())
                    .param("type", "RELEASE")
                    .param("date", date)
                    .param("summary", "Release with names to settle " + key)
                    .param("country", "KZ")
                    .param("persons", persons)
                    .param("qualifiers", "UNCONDITIONAL")
                    .param("sourceOrganisation", "NGO")
                    .param("sourceTitle", "Note " + key)
                    .param("key", key))
            .andExpect(redirectedUrlPattern("/evidence/ev-*?submitted"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
  }

  /** An officer assesses the 2019 resolution as of this date on the page; where its page is. */
  static String assess2019(MockMvc mvc, String asOf) throws Exception {
    return mvc.perform(
            post("/assessments")
                .with(user("officer").roles("OFFICER"))
                .with(csrf())
                .param("document", "ep-2019-2610")
                .param("asOf", asOf))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }
}
