package org.compliance.api.evidence.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file an evidence item may carry, by the media type read from their content. Named in
 * words by the messages {@code file.kind.<NAME>}. No kind a browser would run (HTML, SVG, scripts).
 */
public enum FileKind {
  PDF("application/pdf"),
  PNG("image/png"),
  JPEG("image/jpeg"),
  WEBP("image/webp"),
  GIF("image/gif"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  ODT("application/vnd.oasis.opendocument.text"),
  ODS("application/vnd.oasis.opendocument.spreadsheet"),
  DOC("application/msword"),
  XLS("application/vnd.ms-excel"),
  TEXT("text/plain");

  private final String mediaType;

  FileKind(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The message key naming this kind in words. */
  public String key() {
    return "file.kind." + name();
  }

  public static Optional<FileKind> of(String mediaType) {
    return Arrays.stream(values()).filter(k -> k.mediaType.equals(mediaType)).findFirst();
  }
}
