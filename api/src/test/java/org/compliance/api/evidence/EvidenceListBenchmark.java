package org.compliance.api.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.ReviewStatus;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: fills an embedded H2 file database (the default's settings, migrated by Flyway) with
 * 1,000,000 evidence items and times filtered pages of the evidence list as {@link EvidenceQuery}
 * runs them (count and page). Prints the median and 90th percentile per query. Arguments: items
 * (default 1,000,000), database directory (default a temporary one, deleted; one given again is
 * reused, filled only up to the number of items), and optionally a part of the names of the queries
 * to time ("fill": fill and stop). Commands and results in BENCHMARKS.md.
 */
public final class EvidenceListBenchmark {

  private static final String[] TYPES = {"RELEASE", "DETENTION", "CONVICTION", "LAW_AMENDED"};
  private static final String[] STATUS = {"VERIFIED", "VERIFIED", "SUBMITTED", "REJECTED"};

  public static void main(String[] args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("evidence-bench");
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:file:"
            + dir.resolve("bench").toAbsolutePath()
            // Kept open between connections, as the service's pool keeps it: without this every
            // query re-opens the database file, and that is what gets timed.
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    Flyway.configure().dataSource(ds).validateOnMigrate(false).load().migrate();
    JdbcClient jdbc = JdbcClient.create(ds);
    long have = jdbc.sql("SELECT COUNT(*) FROM evidence").query(Long.class).single();
    if (have < items) {
      long t = System.nanoTime();
      fill(ds, (int) have, items);
      System.out.printf(
          "filled %,d items in %.1f s%n", items - have, (System.nanoTime() - t) / 1e9);
    }
    jdbc.sql("ANALYZE").update();
    if (args.length > 2 && args[2].equals("fill")) {
      return;
    }
    EvidenceQuery query =
        new EvidenceQuery(jdbc, new EvidenceStore(jdbc, JsonMapper.builder().build(), null));

    Pageable first = EvidenceQuery.SORTS.pageRequest(0, 50, null);
    Pageable byDate = EvidenceQuery.SORTS.pageRequest(0, 50, "date,desc");
    Pageable byDateAsc = EvidenceQuery.SORTS.pageRequest(0, 50, "date");
    Pageable newest = EvidenceQuery.SORTS.pageRequest(0, 50, "submittedAt,desc");
    Pageable deep = EvidenceQuery.SORTS.pageRequest(200, 50, null);
    LocalDate from = LocalDate.of(2021, 3, 1);
    LocalDate to = LocalDate.of(2021, 3, 31);
    var verified = filter(ReviewStatus.VERIFIED, null, null, null, null, null);
    var queries = new java.util.LinkedHashMap<String, Supplier<Page<?>>>();
    queries.put("verified, first page", () -> query.page(verified, first));
    queries.put("verified, by date desc", () -> query.page(verified, byDate));
    queries.put("verified, by date asc", () -> query.page(verified, byDateAsc));
    queries.put("verified, newest first", () -> query.page(verified, newest));
    queries.put("verified, page 200", () -> query.page(verified, deep));
    queries.put(
        "verified, by date desc, page 200",
        () -> query.page(verified, EvidenceQuery.SORTS.pageRequest(200, 50, "date,desc")));
    queries.put(
        "all, by date desc", () -> query.page(filter(null, null, null, null, null, null), byDate));
    queries.put("one month", () -> query.page(filter(null, null, null, from, to, null), first));
    queries.put(
        "one month, by date desc",
        () -> query.page(filter(null, null, null, from, to, null), byDate));
    queries.put("NGO view", () -> query.page(filter(null, null, null, null, null, "ngo-7"), first));
    queries.put(
        "NGO view, newest first",
        () -> query.page(filter(null, null, null, null, null, "ngo-7"), newest));
    queries.put(
        "NGO view, one month",
        () -> query.page(filter(null, null, null, from, to, "ngo-7"), first));
    queries.put(
        "type RELEASE",
        () -> query.page(filter(null, EvidenceType.RELEASE, null, null, null, null), first));
    queries.put(
        "type RELEASE, by date desc",
        () -> query.page(filter(null, EvidenceType.RELEASE, null, null, null, null), byDate));
    queries.put(
        "type RELEASE, one month",
        () -> query.page(filter(null, EvidenceType.RELEASE, null, from, to, null), first));
    queries.put(
        "verified, one month",
        () -> query.page(filter(ReviewStatus.VERIFIED, null, null, from, to, null), first));
    queries.put(
        "person", () -> query.page(filter(null, null, "person 4242", null, null, null), first));
    queries.put(
        "person, NGO view",
        () -> query.page(filter(null, null, "person 4242", null, null, "ngo-3"), first));
    queries.put(
        "submitted (review queue)",
        () -> query.page(filter(ReviewStatus.SUBMITTED, null, null, null, null, null), first));
    // A third argument picks queries whose name contains it ("fill": fill the database and stop).
    String only = args.length > 2 ? args[2] : "";
    // Every query several times before any is timed: the first timed query should not pay for
    // reading the file into the cache, nor for compiling the code, on behalf of the others.
    for (int round = 0; round < 10; round++) {
      queries.forEach(
          (name, run) -> {
            if (name.contains(only)) {
              run.get();
            }
          });
    }
    queries.forEach(
        (name, run) -> {
          if (name.contains(only)) {
            time(name, run);
          }
        });
    if (args.length < 2) {
      try (var files = Files.walk(dir)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static EvidenceQuery.Filter filter(
      ReviewStatus status,
      EvidenceType type,
      String person,
      LocalDate from,
      LocalDate to,
      String ngo) {
    return new EvidenceQuery.Filter(
        status,
        type,
        person == null ? java.util.List.of() : java.util.List.of("p-" + person.substring(7)),
        person,
        null,
        java.util.List.of(),
        null,
        Set.of(),
        from,
        to,
        ngo);
  }

  private static void time(String name, Supplier<Page<?>> run) {
    for (int i = 0; i < 5; i++) {
      run.get();
    }
    int n = 41;
    double[] ms = new double[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      Page<?> p = run.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
      total = p.getTotalElements();
    }
    Arrays.sort(ms);
    System.out.printf(
        "%-28s median %7.2f ms   p90 %7.2f ms   (%,d matching)%n",
        name, ms[n / 2], ms[n * 9 / 10], total);
  }

  /** Rows as the application stores them: JSON body, columns, names; random but seeded. */
  private static void fill(JdbcDataSource ds, int from, int to) throws Exception {
    Random random = new Random(42);
    Timestamp now = new Timestamp(System.currentTimeMillis());
    try (Connection c = ds.getConnection();
        PreparedStatement ev =
            c.prepareStatement(
                "INSERT INTO evidence (id, status, type, event_start, event_end, body, submitted_by,"
                    + " submitted_at, seq, event_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement names =
            c.prepareStatement(
                "INSERT INTO evidence_name (evidence_id, field, name_key, entity_id) VALUES (?, 'persons', ?, ?)")) {
      c.setAutoCommit(false);
      for (int i = from; i < to; i++) {
        String id = "ev-bench-" + i;
        String type = TYPES[random.nextInt(TYPES.length)];
        LocalDate date = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(16 * 365));
        String person = "person " + random.nextInt(100_000);
        ev.setString(1, id);
        ev.setString(2, STATUS[random.nextInt(STATUS.length)]);
        ev.setString(3, type);
        ev.setDate(4, Date.valueOf(date));
        ev.setDate(5, Date.valueOf(date));
        ev.setString(
            6,
            "{\"id\":\""
                + id
                + "\",\"type\":\""
                + type
                + "\",\"date\":\""
                + date
                + "\",\"summary\":\"Synthetic event "
                + i
                + "\",\"country\":\"KZ\",\"persons\":[\""
                + person
                + "\"],\"source\":{\"organisation\":\"Bench NGO\",\"title\":\"Report\"}}");
        ev.setString(7, "ngo-" + random.nextInt(20));
        ev.setTimestamp(8, now);
        ev.setLong(9, i + 1L);
        ev.addBatch();
        names.setString(1, id);
        names.setString(2, person);
        names.setString(3, random.nextInt(10) == 0 ? null : "p-" + person.substring(7));
        names.addBatch();
        if ((i + 1) % 10_000 == 0) {
          ev.executeBatch();
          names.executeBatch();
          c.commit();
        }
      }
      ev.executeBatch();
      names.executeBatch();
      c.commit();
    }
  }

  private EvidenceListBenchmark() {}
}
