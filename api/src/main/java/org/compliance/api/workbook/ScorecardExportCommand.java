package org.compliance.api.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.compliance.api.seed.SeedFiles;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.exchange.Bundles;
import org.compliance.scorecard.Scorecard;
import org.springframework.core.io.Resource;

/**
 * Writes the scorecard of the seed documents as an .xlsx file, without a server. Arguments: the
 * output file, then {@code --as-of yyyy-mm-dd} (default 2020-02-20, the NGO report's date) and
 * {@code --document ID} (repeatable, default ep-2019-2610), {@code --lang ru} for Russian, {@code
 * --detail} for a page per recommendation.
 */
public final class ScorecardExportCommand {

  private ScorecardExportCommand() {}

  public static void main(String[] args) throws IOException {
    Path output = null;
    LocalDate asOf = LocalDate.parse("2020-02-20");
    Set<String> documents = new LinkedHashSet<>();
    Locale locale = Locale.ENGLISH;
    boolean detail = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--as-of" -> asOf = LocalDate.parse(args[++i]);
          case "--document" -> documents.add(args[++i]);
          case "--lang" -> locale = Locale.forLanguageTag(args[++i]);
          case "--detail" -> detail = true;
          default -> {
            if (args[i].startsWith("--") || output != null) {
              throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            output = Path.of(args[i]);
          }
        }
      }
      if (output == null) {
        throw new IllegalArgumentException("the output file is missing");
      }
    } catch (RuntimeException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: OUTPUT.xlsx [--as-of yyyy-mm-dd] [--document ID]... [--lang en|ru] [--detail]");
      System.exit(2);
      return;
    }
    if (documents.isEmpty()) {
      documents.add("ep-2019-2610");
    }
    export(output, asOf, documents, new WorkbookOptions(locale, detail, null));
    System.out.println("wrote " + output.toAbsolutePath());
  }

  /** Assesses the fixtures and writes the workbook to {@code output}. */
  public static void export(
      Path output, LocalDate asOf, Set<String> documents, WorkbookOptions options)
      throws IOException {
    Bundles.Loaded data = Bundles.assemble(SeedFiles.bundles());
    Scorecard card =
        new AssessmentRunner()
            .assess(
                data.catalogue(), data.evidence(), new AssessmentRequest(asOf, documents, false));
    ScorecardReport report =
        ScorecardReport.of(card, data.catalogue(), data.evidence(), fixturesHash(), Instant.now());
    try (OutputStream out = Files.newOutputStream(output)) {
      ScorecardWorkbook.write(report, options, out);
    }
  }

  /** SHA-256 of the fixture files, in order: says which data the scorecard was computed from. */
  static String fixturesHash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Resource file : SeedFiles.files()) {
        try (InputStream in = file.getInputStream()) {
          sha.update(in.readAllBytes());
        }
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
