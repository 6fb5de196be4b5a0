package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.compliance.api.evidence.PendingUploads;
import org.compliance.api.evidence.spreadsheet.TestWorkbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An import waiting for confirmation is a file under the data directory, not bytes in the session:
 * only its uploader can confirm it, and confirm, cancel and expiry delete it.
 */
class ImportUploadsTest extends WebTestSupport {

  static final RequestPostProcessor NGO = user("ngo").roles("NGO");
  static final RequestPostProcessor NGO2 = user("ngo2").roles("NGO");

  @Autowired WebApplicationContext context;

  @Value("${compliance.data-dir}")
  Path dataDir;

  /** Rows differ between uploads: the same rows stored twice would be refused as duplicates. */
  static final java.util.concurrent.atomic.AtomicInteger ROWS =
      new java.util.concurrent.atomic.AtomicInteger(600);

  MockMvc mvc;
  byte[] workbook;

  static byte[] workbook(int first) throws Exception {
    return TestWorkbooks.filledTemplate(
        sheet -> {
          TestWorkbooks.row(sheet, 1, TestWorkbooks.goodRow(first));
          TestWorkbooks.row(sheet, 2, TestWorkbooks.goodRow(first + 1));
        });
  }

  @BeforeEach
  void mvc() throws Exception {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    workbook = workbook(ROWS.getAndAdd(2));
  }

  /** The upload token in the confirm form of an import page. */
  static String token(String page) {
    Matcher m = Pattern.compile("name=\"upload\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("confirm form with an upload token").isTrue();
    return m.group(1);
  }

  String upload(MockHttpSession session, RequestPostProcessor who) throws Exception {
    return mvc.perform(
            multipart("/import")
                .file(new MockMultipartFile("file", "good.xlsx", null, workbook))
                .with(who)
                .with(csrf())
                .session(session))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  long files() throws Exception {
    try (Stream<Path> f = Files.list(dataDir.resolve("uploads"))) {
      return f.count();
    }
  }

  @Test
  void theSessionHoldsATokenNotTheFile() throws Exception {
    MockHttpSession session = new MockHttpSession();
    upload(session, NGO);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      for (String name : Collections.list(session.getAttributeNames())) {
        o.writeObject(session.getAttribute(name));
      }
    }
    assertThat(workbook.length).isGreaterThan(8_000);
    assertThat(out.size()).isLessThan(2_000);
  }

  @Test
  void anotherUserCannotConfirmTheUpload() throws Exception {
    long before = count("evidence");
    String token = token(upload(new MockHttpSession(), NGO));
    mvc.perform(post("/import/confirm").param("upload", token).with(NGO2).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(post("/import/cancel").param("upload", token).with(NGO2).with(csrf()));
    assertThat(count("evidence")).isEqualTo(before);
    mvc.perform(post("/import/confirm").param("upload", token).with(NGO).with(csrf()))
        .andExpect(status().isOk());
    assertThat(count("evidence")).isEqualTo(before + 2);
  }

  @Test
  void confirmAndCancelDeleteTheFile() throws Exception {
    long before = files();
    String confirmed = token(upload(new MockHttpSession(), NGO));
    String cancelled = token(upload(new MockHttpSession(), NGO));
    assertThat(files()).isEqualTo(before + 2);
    mvc.perform(post("/import/confirm").param("upload", confirmed).with(NGO).with(csrf()))
        .andExpect(status().isOk());
    assertThat(files()).isEqualTo(before + 1);
    mvc.perform(post("/import/cancel").param("upload", cancelled).with(NGO).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(files()).isEqualTo(before);
    mvc.perform(post("/import/confirm").param("upload", cancelled).with(NGO).with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void aNewUploadReplacesTheSessionsEarlierOne() throws Exception {
    long before = files();
    MockHttpSession session = new MockHttpSession();
    upload(session, NGO);
    upload(session, NGO);
    assertThat(files()).isEqualTo(before + 1);
  }

  @Test
  void anUploadExpiresAfterAnHour(@TempDir Path dir) throws Exception {
    MovableClock clock = new MovableClock();
    PendingUploads uploads = new PendingUploads(dir.toString(), clock);
    String token = uploads.put("ngo", "good.xlsx", workbook);
    clock.now = clock.now.plus(Duration.ofMinutes(59));
    uploads.sweep();
    assertThat(dir.resolve("uploads").toFile().list()).hasSize(1);
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    uploads.sweep();
    assertThat(dir.resolve("uploads").toFile().list()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> uploads.take(token, "ngo"))
        .hasMessageContaining("not found");
  }

  /** A clock the test moves forward. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
