package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person's name that is there but says nothing is refused like a blank one, over real HTTP: 400
 * problem+json naming the entry, nothing stored. Names made only of fill characters (Hangul
 * fillers, the blank Braille pattern, marks with no letter to sit on) and a name sent as null.
 */
@SharedServer
class BlankNamesHttpTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private Response submit(String persons) {
    return new Http(port, Map.of("ngo", "ngo-demo"))
        .post(
            "/api/evidence",
            "ngo",
            """
            {"type":"CONVICTION_QUASHED","date":"2019-09-01","summary":"Conviction annulled",
             "country":"KZ","persons":%s,
             "source":{"organisation":"Blank NGO","title":"Monitoring note","published":"2019-09-02"}}
            """
                .formatted(persons));
  }

  private long items() {
    return jdbc.sql("SELECT COUNT(*) FROM evidence").query(Long.class).single();
  }

  @Test
  void aNameOfFillCharactersOnlyIsRefusedNamingTheEntry() {
    long before = items();
    for (String blank :
        new String[] {"\\u3164", "\\u115f\\u1160", "\\uffa0", "\\u2800", "\\u034f", "\\ufe0f"}) {
      Response r = submit("[\"Aron Atabek\", \"" + blank + "\"]");
      assertThat(r.status()).as(blank + ": " + r).isEqualTo(400);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().get("errors").findValuesAsString("field"))
          .as(blank)
          .containsExactly("persons[1]");
      assertThat(r.json().get("errors").get(0).get("reason").asString()).contains("empty");
    }
    assertThat(items()).isEqualTo(before);
  }

  @Test
  void aNameSentAsNullIsRefusedNamingTheEntry() {
    long before = items();
    Response r = submit("[\"Aron Atabek\", null]");
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("errors").findValuesAsString("field")).containsExactly("persons[1]");
    assertThat(r.toString()).doesNotContain("Exception");
    assertThat(items()).isEqualTo(before);
  }
}
