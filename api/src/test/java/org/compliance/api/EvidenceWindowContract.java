package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;

/**
 * A date window finds every item whose period overlaps it, also one that began long before the
 * window: the list bounds its index range by the longest period stored (V7's event_days). Run by
 * the H2 and PostgreSQL contract tests.
 */
interface EvidenceWindowContract {

  Http http();

  private List<String> ids(String query) {
    Response r = http().get("/api/evidence?size=500&" + query, "officer");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().get("items").findValuesAsString("id");
  }

  @Test
  default void aWindowInsideALongPeriodFindsIt() {
    String summary = "Detained throughout " + Long.toString(System.nanoTime(), 36);
    String body =
        ApiContractTest.evidence(summary, "Aron Atabek", "2011-01-10")
            .replace(
                "\"date\":\"2011-01-10\"", "\"date\":\"2011-01-10\",\"dateTo\":\"2013-12-20\"");
    Response stored = http().post("/api/evidence", "ngo", body);
    assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    String id = stored.json().get("id").asString();

    assertThat(ids("from=2012-06-01&to=2012-06-30")).contains(id);
    assertThat(ids("from=2013-12-20&to=2014-01-31")).contains(id);
    assertThat(ids("from=2010-01-01&to=2011-01-10")).contains(id);
    assertThat(ids("from=2012-06-01")).contains(id);
    assertThat(ids("from=2013-12-21&to=2014-01-31")).doesNotContain(id);
    assertThat(ids("from=2010-01-01&to=2011-01-09")).doesNotContain(id);
    assertThat(ids("from=2012-06-01&to=2012-06-30&sort=date,desc")).contains(id);
  }
}
