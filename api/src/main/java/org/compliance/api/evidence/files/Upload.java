package org.compliance.api.evidence.files;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.Violation;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;

/**
 * A file sent to be attached, checked before anything is stored: not empty, at most {@link
 * #MAX_BYTES}, of a {@link FileKind} by its content; with its cleaned name and its SHA-256. The
 * bytes stay where the upload put them (Spring keeps multipart files on disk) and are read as a
 * stream, never whole.
 */
public record Upload(
    InputStreamSource content, String name, long size, FileKind kind, String sha256) {

  /** 20 MiB, as the multipart limit (spring.servlet.multipart.max-file-size) also says. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  static final String FIELD = "file";

  /**
   * Checks and measures a file sent as {@code sentName}; refuses it with problem answers naming the
   * field (400 empty, 413 too large, 415 not a kind evidence may carry).
   */
  public static Upload of(InputStreamSource content, String sentName, long size) {
    if (size <= 0) {
      throw ApiException.invalid(FIELD, Refusals.of("problem.evidenceFile.empty"));
    }
    if (size > MAX_BYTES) {
      throw new ApiException(
          HttpStatus.CONTENT_TOO_LARGE,
          Refusals.of("problem.title.uploadTooLarge"),
          List.of(
              new Violation(FIELD, Refusals.of("problem.evidenceFile.tooLarge", MAX_BYTES >> 20))));
    }
    String name = FileNames.clean(sentName);
    try {
      String type = FileContent.detect(content, name);
      FileKind kind = FileKind.of(type).orElseThrow(() -> refusedType(type));
      return new Upload(content, name, size, kind, sha256(content));
    } catch (IOException e) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          Refusals.of("problem.title.uploadUnreadable"),
          List.of(new Violation(FIELD, Refusals.of("problem.evidenceFile.unreadable"))));
    }
  }

  private static ApiException refusedType(String type) {
    String accepted =
        Arrays.stream(FileKind.values())
            .map(k -> Refusals.of(k.key()))
            .collect(Collectors.joining(", "));
    return new ApiException(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            Refusals.of("problem.title.fileType"),
            List.of(new Violation(FIELD, Refusals.of("problem.evidenceFile.type", type, accepted))))
        .with("accepted", Arrays.stream(FileKind.values()).map(FileKind::mediaType).toList());
  }

  private static String sha256(InputStreamSource content) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(content.getInputStream(), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
