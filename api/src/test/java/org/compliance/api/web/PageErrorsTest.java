package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A refusal met on a page, whichever feature's package the page lives in, is the error page; the
 * same refusal from the API stays problem+json.
 */
class PageErrorsTest extends WebTestSupport {

  @Autowired WebApplicationContext context;

  private MockHttpServletResponse officerGets(String path) throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    return mvc.perform(get(path).with(user("officer").roles("OFFICER"))).andReturn().getResponse();
  }

  @Test
  void aPageShowsARefusalAsTheErrorPageAndTheApiAsAProblem() throws Exception {
    for (String page : new String[] {"/assessments/as-999999", "/evidence/ev-no-such-item"}) {
      MockHttpServletResponse r = officerGets(page);
      assertThat(r.getStatus()).as(page).isEqualTo(404);
      assertThat(r.getContentType()).as(page).startsWith("text/html");
      assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as(page).contains("<main");
    }
    MockHttpServletResponse api = officerGets("/api/assessments/as-999999");
    assertThat(api.getStatus()).isEqualTo(404);
    assertThat(api.getContentType()).startsWith("application/problem+json");
  }
}
