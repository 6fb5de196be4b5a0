package org.compliance.api.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.compliance.api.problem.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Uploads waiting for their uploader's confirmation, kept on disk under a random token (a 10 MB
 * file in each session filled the heap). A token is good only for the user who uploaded it, and its
 * file is deleted when it is taken (confirm), dropped (cancel) or an hour old. Sessions do not
 * outlive the process, so files left from an earlier run are deleted at start.
 */
@Component
@EnableScheduling
public class PendingUploads {

  static final Duration LIFETIME = Duration.ofHours(1);

  /** An upload waiting for confirmation. */
  record Pending(String owner, String fileName, Instant stored) {}

  private final Path dir;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  public PendingUploads(@Value("${compliance.data-dir}") String dataDir, Clock clock)
      throws IOException {
    this.dir = Path.of(dataDir, "uploads");
    this.clock = clock;
    Files.createDirectories(dir);
    try (Stream<Path> left = Files.list(dir)) {
      left.forEach(PendingUploads::delete);
    }
  }

  /** Keeps the bytes for their owner; the token names them. */
  public String put(String owner, String fileName, byte[] bytes) {
    byte[] raw = new byte[18];
    random.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    try {
      Files.write(file(token), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pending.put(token, new Pending(owner, fileName, clock.instant()));
    return token;
  }

  /** The upload's name and bytes, removed from the store; another user's token is not found. */
  public Upload take(String token, String owner) {
    Pending p = pending.get(token == null ? "" : token);
    if (p == null || !p.owner().equals(owner) || !pending.remove(token, p)) {
      throw ApiException.notFound("Upload");
    }
    try {
      return new Upload(p.fileName(), Files.readAllBytes(file(token)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(file(token));
    }
  }

  /** Drops the owner's upload, if it is still there. */
  public void drop(String token, String owner) {
    Pending p = token == null ? null : pending.get(token);
    if (p != null && p.owner().equals(owner) && pending.remove(token, p)) {
      delete(file(token));
    }
  }

  /** Every minute: uploads older than an hour are deleted. */
  @Scheduled(fixedDelay = 60_000)
  public void sweep() {
    Instant oldest = clock.instant().minus(LIFETIME);
    pending.forEach(
        (token, p) -> {
          if (p.stored().isBefore(oldest) && pending.remove(token, p)) {
            delete(file(token));
          }
        });
  }

  /** An upload taken for import. */
  public record Upload(String fileName, byte[] bytes) {}

  private Path file(String token) {
    // Tokens come from forms: only our own alphabet may name a file.
    if (!token.matches("[A-Za-z0-9_-]{24}")) {
      throw ApiException.notFound("Upload");
    }
    return dir.resolve(token + ".xlsx");
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
