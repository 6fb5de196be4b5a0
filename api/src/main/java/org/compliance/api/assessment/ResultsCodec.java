package org.compliance.api.assessment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.compliance.api.problem.ApiException;
import org.compliance.evidence.Violation;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scorecard as stored: gzip-compressed JSON, written as a stream so that a scorecard beyond the
 * cap is refused as soon as its JSON passes the cap, before the database is asked to hold it.
 */
@Component
public class ResultsCodec {

  private final JsonMapper json;
  private final long maxBytes;

  public ResultsCodec(
      JsonMapper json, @Value("${compliance.max-assessment-bytes:33554432}") long maxBytes) {
    this.json = json.rebuild().addMixIn(RecommendationResult.class, Stored.class).build();
    this.maxBytes = maxBytes;
  }

  /**
   * What is stored of a recommendation's result: its components, not {@code findings} (every
   * requirement's findings again, in one list, for the answers): stored it doubled a part. Rows
   * stored with it read as before, the property ignored.
   */
  @JsonIgnoreProperties("findings")
  private abstract static class Stored {}

  public byte[] encode(Scorecard card) {
    return encode(card, allowance());
  }

  /**
   * What the values of one stored scorecard may still take: its parts together are held to the cap
   * a whole one is.
   */
  static final class Allowance {
    private long left;

    private Allowance(long left) {
      this.left = left;
    }
  }

  Allowance allowance() {
    return new Allowance(maxBytes);
  }

  /** Any value of a scorecard (a part, its summary), its JSON counted against {@code left}. */
  byte[] encode(Object value, Allowance left) {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    Capped capped = null;
    try (OutputStream out = capped = new Capped(new GZIPOutputStream(packed), left.left)) {
      json.writeValue(out, value);
    } catch (IOException | RuntimeException e) {
      if (!overCap(e)) {
        throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
      }
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          org.compliance.api.problem.Refusals.of("problem.title.assessmentTooLarge"),
          List.of(
              new Violation(
                  "document",
                  org.compliance.api.problem.Refusals.of(
                      "problem.results.tooLarge", String.valueOf(maxBytes / (1024 * 1024))))));
    }
    left.left -= capped.written;
    return packed.toByteArray();
  }

  public Scorecard decode(byte[] packed) {
    return decode(packed, Scorecard.class);
  }

  <T> T decode(byte[] packed, Class<T> type) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Jackson may wrap what the stream throws; look through the causes. */
  private static boolean overCap(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  private static final class TooLarge extends IOException {
    TooLarge() {
      super("results over the cap");
    }
  }

  /** Counts what passes and stops the write at the cap. */
  private static final class Capped extends java.io.FilterOutputStream {
    private final long max;
    private long written;

    Capped(OutputStream out, long max) {
      super(out);
      this.max = max;
    }

    @Override
    public void write(int b) throws IOException {
      count(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count(len);
      out.write(b, off, len);
    }

    private void count(int n) throws TooLarge {
      written += n;
      if (written > max) {
        throw new TooLarge();
      }
    }
  }
}
