package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;

/**
 * Two organisations with two members each (Steppe Monitor: ngo, ngo-mate; Kestrel Watch: ngo2,
 * ngo2-mate), on each database: colleagues see each other's unreviewed items, their files, names
 * linked in them and what assessments say of them; the other organisation sees none of it; a
 * disabled user is refused at once, on an open session too.
 */
interface OrganisationsContract {

  Http http();

  int port();

  Map<String, String> accountPasswords();

  List<String> STEPPE = List.of("ngo", "ngo-mate");
  List<String> KESTREL = List.of("ngo2", "ngo2-mate");

  private static String tag() {
    return Long.toString(System.nanoTime(), 36);
  }

  private String submit(String user, String summary, String person) {
    Response r =
        http()
            .post(
                "/api/evidence",
                user,
                ApiContractTest.evidence(summary, person, "2019-08-03", "UNCONDITIONAL"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  private String submitBody(String user, String body, String what) {
    Response r = http().post("/api/evidence", user, body);
    assertThat(r.status()).as(what + ": " + r).isEqualTo(201);
    return r.json().get("id").asString();
  }

  /** An officer's decision; a changed one names the version seen (its ETag). */
  private void review(String id, String decision, boolean changed) {
    String ifMatch = changed ? http().get("/api/evidence/" + id, "officer").header("ETag") : null;
    Response r =
        http()
            .post(
                "/api/evidence/" + id + "/review",
                "officer",
                "{\"decision\":\"" + decision + "\",\"note\":\"checked\",\"acceptUnknown\":true}",
                "application/json",
                ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  /** The views of one item for one reader, as one text: item, history, files, list, entities. */
  private void seesAll(String user, String id, String marker, String alias, boolean sees) {
    Http http = http();
    Response item = http.get("/api/evidence/" + id, user);
    Response history = http.get("/api/evidence/" + id + "/history", user);
    Response files = http.get("/api/evidence/" + id + "/files", user);
    Response list = http.get("/api/evidence?from=2019-08-03&to=2019-08-03&size=100", user);
    Response names =
        http.get("/api/entities?q=" + URLEncoder.encode(alias, StandardCharsets.UTF_8), user);
    String who = user + " on " + marker;
    if (sees) {
      assertThat(item.status()).as(who).isEqualTo(200);
      assertThat(item.json().path("submittedBy").asString()).as(who).isNotBlank();
      assertThat(history.status()).as(who).isEqualTo(200);
      assertThat(files.status()).as(who).isEqualTo(200);
      assertThat(files.json().size()).as(who).isEqualTo(1);
      assertThat(list.toString()).as(who).contains(id, marker);
      assertThat(names.toString()).as(who).contains(alias);
    } else {
      assertThat(item.status()).as(who).isEqualTo(404);
      assertThat(history.status()).as(who).isEqualTo(404);
      assertThat(files.status()).as(who).isEqualTo(404);
      assertThat(list.status()).as(who).isEqualTo(200);
      assertThat(list.toString()).as(who).doesNotContain(id, marker);
      assertThat(names.toString()).as(who).doesNotContain(alias);
    }
  }

  @Test
  default void colleaguesSeeEachOthersItemsAndTheOtherOrganisationNone() {
    Http http = http();
    String t = tag();
    String steppeMarker = "Steppe item " + t;
    String kestrelMarker = "Kestrel item " + t;
    String steppeAlias = "Qorgan Steppealias " + t;
    String kestrelAlias = "Qorgan Kestrelalias " + t;
    String steppe = submit("ngo", steppeMarker, steppeAlias);
    String kestrel = submit("ngo2-mate", kestrelMarker, kestrelAlias);
    for (String[] x : new String[][] {{steppe, steppeAlias}, {kestrel, kestrelAlias}}) {
      Response linked =
          http.post(
              "/api/evidence/" + x[0] + "/names",
              "officer",
              "{\"field\":\"persons\",\"name\":\"" + x[1] + "\",\"entity\":\"aron-atabek\"}");
      assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    }
    assertThat(
            http.upload(
                    "/api/evidence/" + steppe + "/files",
                    "ngo-mate",
                    "file",
                    "note.txt",
                    ("Steppe note " + t).getBytes(StandardCharsets.UTF_8))
                .status())
        .as("a colleague attaches to the organisation's waiting item")
        .isEqualTo(201);
    assertThat(
            http.upload(
                    "/api/evidence/" + kestrel + "/files",
                    "ngo2",
                    "file",
                    "note.txt",
                    ("Kestrel note " + t).getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(201);

    for (String user : STEPPE) {
      seesAll(user, steppe, steppeMarker, steppeAlias, true);
      seesAll(user, kestrel, kestrelMarker, kestrelAlias, false);
    }
    for (String user : KESTREL) {
      seesAll(user, kestrel, kestrelMarker, kestrelAlias, true);
      seesAll(user, steppe, steppeMarker, steppeAlias, false);
    }
    seesAll("officer", steppe, steppeMarker, steppeAlias, true);
    seesAll("officer", kestrel, kestrelMarker, kestrelAlias, true);

    // A colleague corrects the organisation's item; the other organisation cannot.
    String corrected =
        ApiContractTest.evidence(steppeMarker + " corrected", steppeAlias, "2019-08-03")
            .replaceFirst("\\{", "{\"id\":\"" + steppe + "\",");
    assertThat(http.post("/api/evidence", "ngo2", corrected).status()).isEqualTo(400);
    Response c = http.post("/api/evidence", "ngo-mate", corrected);
    assertThat(c.status()).as(c.toString()).isEqualTo(200);

    // Verified, assessed, then rejected: the assessment that used them names each item to its
    // organisation only, in the JSON, the CSV and the workbook.
    review(steppe, "VERIFIED", false);
    review(kestrel, "VERIFIED", false);
    Response assessed = http.post("/api/assessments", "officer", "{\"asOf\":\"2021-03-01\"}");
    assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
    String used = assessed.json().get("id").asString();
    review(steppe, "REJECTED", true);
    review(kestrel, "REJECTED", true);
    for (String user : List.of("ngo", "ngo-mate", "ngo2", "ngo2-mate")) {
      boolean steppeSide = STEPPE.contains(user);
      String own = steppeSide ? steppe : kestrel;
      String other = steppeSide ? kestrel : steppe;
      for (String view :
          List.of(
              "/api/assessments/" + used,
              "/api/assessments/" + used + "/scorecard.csv?rows=findings",
              "/api/assessments/" + used + "/scorecard.xlsx")) {
        Response r = http.get(view, user);
        assertThat(r.status()).as(user + " " + view).isEqualTo(200);
        String text = Texts.of(r);
        assertThat(text).as(user + " " + view).contains(own).doesNotContain(other);
      }
    }
  }

  /**
   * A requirement's baseline is one summarised finding: each organisation sees in it exactly its
   * own items and the verified ones, counted and kinded from those alone, and the reasons count no
   * item it may not see, in the JSON, the CSV and the workbook.
   */
  @Test
  default void summarisedContextShowsEachOrganisationItsOwnAndVerifiedItemsOnly() {
    Http http = http();
    String t = tag();
    // Before the 2019 resolution's adoption (2019-03-14): the situation it responds to.
    String steppe =
        submitBody(
            "ngo",
            ApiContractTest.evidence("Steppe baseline " + t, "Aron Atabek", "2019-02-01"),
            "Steppe");
    String kestrel =
        submitBody(
            "ngo2",
            ApiContractTest.evidenceOfType(
                "DETENTION", "Kestrel baseline " + t, "Aron Atabek", "2019-02-02"),
            "Kestrel");
    String verified =
        submitBody(
            "ngo2-mate",
            ApiContractTest.evidence("Verified baseline " + t, "Aron Atabek", "2019-02-03"),
            "verified");
    for (String id : List.of(steppe, kestrel, verified)) {
      review(id, "VERIFIED", false);
    }
    Response assessed =
        http.post(
            "/api/assessments",
            "officer",
            "{\"document\":\"ep-2019-2610\",\"asOf\":\"2019-03-14\"}");
    assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
    String used = assessed.json().get("id").asString();
    // Each organisation's item goes back to it: the other organisation may no longer see it.
    review(steppe, "REJECTED", true);
    review(kestrel, "REJECTED", true);

    Map<String, List<String>> sees =
        Map.of(
            "officer", List.of(steppe, kestrel, verified),
            "ngo", List.of(steppe, verified),
            "ngo2", List.of(kestrel, verified));
    Map<String, String> kinds =
        Map.of(
            "officer", "(Release: 2; Detention: 1)",
            "ngo", "(Release: 2)",
            "ngo2", "(Release: 1; Detention: 1)");
    int seeded = -1;
    for (String user : List.of("officer", "ngo", "ngo2")) {
      Response r = http.get("/api/assessments/" + used, user);
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      tools.jackson.databind.JsonNode q = null;
      for (tools.jackson.databind.JsonNode rec : r.json().get("scorecard").get("recommendations")) {
        for (tools.jackson.databind.JsonNode x : rec.get("requirements")) {
          if (x.get("id").asString().equals("ep-2019-2610-07-a")) {
            q = x;
          }
        }
      }
      assertThat(q).as(user).isNotNull();
      List<tools.jackson.databind.JsonNode> baseline = new java.util.ArrayList<>();
      q.get("findings")
          .forEach(
              f -> {
                if (f.get("ruleId").asString().equals("context.baseline")) {
                  baseline.add(f);
                }
              });
      assertThat(baseline).as(user + ": one finding for the baseline").hasSize(1);
      List<String> ids = new java.util.ArrayList<>();
      baseline.get(0).get("evidenceIds").forEach(id -> ids.add(id.asString()));
      // Anything else on this person's baseline (seeded or other tests') is verified: all see it.
      List<String> others = new java.util.ArrayList<>(ids);
      others.removeAll(List.of(steppe, kestrel, verified));
      seeded = seeded < 0 ? others.size() : seeded;
      assertThat(others).as(user).hasSize(seeded);
      assertThat(ids)
          .as(user)
          .containsAll(sees.get(user))
          .hasSize(seeded + 2 + (user.equals("officer") ? 1 : 0));
      int count = ids.size();
      String explanation = baseline.get(0).get("explanation").asString();
      assertThat(explanation).as(user).contains(": " + count + " items (");
      if (seeded == 0) {
        assertThat(explanation).as(user).endsWith(kinds.get(user));
      }
      assertThat(q.get("reason").asString())
          .as(user + ": the reason counts what the reader sees")
          .isEqualTo(
              "no evidence after adoption; "
                  + count
                  + " item(s) describe the situation at adoption, shown as context");

      String hidden = user.equals("ngo") ? kestrel : user.equals("ngo2") ? steppe : null;
      for (String view :
          List.of(
              "/api/assessments/" + used + "/scorecard.csv?rows=findings&lang=en",
              "/api/assessments/" + used + "/scorecard.xlsx?lang=en")) {
        Response v = http.get(view, user);
        assertThat(v.status()).as(user + " " + view).isEqualTo(200);
        String text = Texts.of(v);
        assertThat(text).as(user + " " + view).contains(sees.get(user)).contains(explanation);
        if (hidden != null) {
          assertThat(text).as(user + " " + view).doesNotContain(hidden);
        }
      }
    }
  }

  @Test
  default void anOrganisationChoosesWhetherOthersSeeItsNameOnVerifiedItems() {
    Http http = http();
    String id = submit("ngo2", "Named or not " + tag(), "Aron Atabek");
    review(id, "VERIFIED", false);
    String kestrel = http.get("/api/account", "ngo2").json().get("organisation").asString();
    Response before = http.get("/api/evidence/" + id, "ngo");
    assertThat(before.json().path("organisation").isNull()).as(before.toString()).isTrue();
    assertThat(before.json().path("submittedBy").isNull()).isTrue();
    assertThat(
            http.put(
                    "/api/organisations/" + kestrel + "/settings",
                    "ngo",
                    "{\"showsSubmitter\":true}")
                .status())
        .as("only its own admin or an admin")
        .isEqualTo(403);
    assertThat(
            http.put(
                    "/api/organisations/" + kestrel + "/settings",
                    "admin",
                    "{\"showsSubmitter\":true}")
                .status())
        .isEqualTo(204);
    try {
      Response after = http.get("/api/evidence/" + id, "ngo");
      assertThat(after.json().path("organisation").asString()).isEqualTo("Kestrel Watch");
      assertThat(after.json().path("submittedBy").isNull()).as("never the person").isTrue();
    } finally {
      http.put(
          "/api/organisations/" + kestrel + "/settings", "admin", "{\"showsSubmitter\":false}");
    }
  }

  @Test
  default void aDisabledUserIsRefusedAtOnceOnBasicAndOnAnOpenSession() throws Exception {
    String user = "kw-temp-" + tag();
    String password = "a long enough sentence " + tag();
    Map<String, String> passwords = new HashMap<>(accountPasswords());
    passwords.put(user, password);
    Http http = new Http(port(), passwords);
    Response made =
        http.post(
            "/api/accounts",
            "admin",
            "{\"username\":\""
                + user
                + "\",\"organisation\":\"Kestrel Watch\",\"role\":\"NGO\",\"password\":\""
                + password
                + "\"}");
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    assertThat(made.json().path("link").isNull()).isTrue();
    assertThat(http.get("/api/account", user).json().get("organisationName").asString())
        .isEqualTo("Kestrel Watch");
    HttpClient browser = signIn(user, password);
    assertThat(get(browser, "/api/account").statusCode()).isEqualTo(200);
    assertThat(get(browser, "/dashboard").statusCode()).isEqualTo(200);

    Response disabled =
        http.put("/api/accounts/" + user + "/enabled", "admin", "{\"enabled\":false}");
    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
    // Its credentials were accepted a moment ago (and remembered): refused now all the same.
    assertThat(http.get("/api/account", user).status()).isEqualTo(401);
    assertThat(get(browser, "/api/account").statusCode()).isEqualTo(401);
    HttpResponse<String> page = get(browser, "/dashboard");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");

    // Enabled again it signs in; a new role ends that session too.
    http.put("/api/accounts/" + user + "/enabled", "admin", "{\"enabled\":true}");
    assertThat(http.get("/api/account", user).status()).isEqualTo(200);
    HttpClient again = signIn(user, password);
    assertThat(get(again, "/api/account").statusCode()).isEqualTo(200);
    Response role = http.put("/api/accounts/" + user + "/role", "admin", "{\"role\":\"OFFICER\"}");
    assertThat(role.status()).as(role.toString()).isEqualTo(200);
    assertThat(get(again, "/api/account").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/account", user).json().get("role").asString()).isEqualTo("OFFICER");
    // Each account change is in the audit log once, by who made it, about the user.
    for (String action : List.of("ACCOUNT_DISABLED", "ACCOUNT_ENABLED", "ACCOUNT_ROLE_CHANGED")) {
      Response logged = http.get("/api/audit?action=" + action + "&subject=" + user, "officer");
      assertThat(logged.json().get("total").asLong()).as(action).isEqualTo(1);
      assertThat(logged.json().get("items").get(0).get("who").asString()).isEqualTo("admin");
    }
  }

  @Test
  default void passwordsAndUsersAreCheckedAndRefusedInPlainWords() {
    Http http = http();
    ApiContractTest.assertProblem(
        http.post(
            "/api/accounts",
            "admin",
            "{\"username\":\"short-pw-"
                + tag()
                + "\",\"organisation\":\"Kestrel Watch\","
                + "\"role\":\"NGO\",\"password\":\"short\"}"),
        400,
        "password");
    ApiContractTest.assertProblem(
        http.post(
            "/api/accounts",
            "admin",
            "{\"username\":\"common-pw-"
                + tag()
                + "\",\"organisation\":\"Kestrel Watch\","
                + "\"role\":\"NGO\",\"password\":\"Password12345\"}"),
        400,
        "password");
    ApiContractTest.assertProblem(
        http.post(
            "/api/accounts",
            "admin",
            "{\"username\":\"ngo\",\"organisation\":\"Kestrel Watch\",\"role\":\"NGO\"}"),
        409,
        "username");
    assertThat(
            http.post(
                    "/api/accounts",
                    "ngo",
                    "{\"username\":\"x-" + tag() + "\",\"organisation\":\"X\",\"role\":\"NGO\"}")
                .status())
        .as("an NGO member manages no users")
        .isEqualTo(403);
    ApiContractTest.assertProblem(
        http.put(
            "/api/account/password",
            "ngo2-mate",
            "{\"current\":\"wrong\",\"password\":\"another long sentence\"}"),
        400,
        "current");
    assertThat(http.get("/api/accounts", "admin").toString())
        .contains("ngo-mate", "Steppe Monitor")
        .doesNotContain("{noop}", "{bcrypt}");
  }

  private HttpClient signIn(String user, String password) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String login = get(browser, "/login").body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + URLEncoder.encode(user, StandardCharsets.UTF_8)
                            + "&password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8)
                            + "&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).contains("/dashboard");
    return browser;
  }

  private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
