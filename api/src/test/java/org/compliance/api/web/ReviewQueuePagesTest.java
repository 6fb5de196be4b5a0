package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.evidence.ReviewStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The review queue verifies several ticked items together, each on its own path. */
class ReviewQueuePagesTest extends WebTestSupport {

  static final RequestPostProcessor NGO = user("ngo").roles("NGO");
  static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

  @Autowired WebApplicationContext context;
  @Autowired EvidenceStore evidence;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void tickedItemsAreVerifiedTogetherAndOneThatCannotBeStaysWithItsReason() throws Exception {
    String known1 = submitRelease(mvc, "Iskander Yerimbetov", "2020-01-11", "bulk-1");
    String known2 = submitRelease(mvc, "Iskander Yerimbetov", "2020-01-12", "bulk-2");
    String unknown = submitRelease(mvc, "Неизвестный Заявитель", "2020-01-13", "bulk-3");

    String page =
        mvc.perform(
                post("/review/verify")
                    .with(OFFICER)
                    .with(csrf())
                    .param("ids", known1, known2, unknown))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(page).contains("2 of 3 ticked items verified.");
    assertThat(page)
        .contains("Release with names to settle bulk-3")
        .contains("Неизвестный Заявитель");
    assertThat(statusOf(known1)).isEqualTo(ReviewStatus.VERIFIED);
    assertThat(statusOf(known2)).isEqualTo(ReviewStatus.VERIFIED);
    assertThat(statusOf(unknown)).isEqualTo(ReviewStatus.SUBMITTED);
  }

  @Test
  void nothingTickedIsSaidAndAnNgoMayNotVerify() throws Exception {
    String page =
        mvc.perform(post("/review/verify").with(OFFICER).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("Tick the items to verify first.");
    String id = submitRelease(mvc, "Iskander Yerimbetov", "2020-01-14", "bulk-4");
    mvc.perform(post("/review/verify").with(NGO).with(csrf()).param("ids", id))
        .andExpect(status().isForbidden());
    assertThat(statusOf(id)).isEqualTo(ReviewStatus.SUBMITTED);
  }

  private ReviewStatus statusOf(String id) {
    return evidence.find(id).orElseThrow().item().status();
  }
}
