package org.compliance.api.evidence.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.core.io.InputStreamSource;

/**
 * What a file is, read from its bytes by Apache Tika (core: magic numbers), never from its name or
 * the type its sender declared. The name may only tell apart the kinds an office container holds (a
 * .docx from an .xlsx, a .doc from an .xls): a file named .pdf whose bytes are a program or a web
 * page is what its bytes say.
 */
public final class FileContent {

  private static final Tika TIKA = new Tika();

  /** Containers whose bytes alone do not say which office document they hold. */
  private static final Set<String> CONTAINERS =
      Set.of("application/x-tika-ooxml", "application/x-tika-msoffice");

  private FileContent() {}

  /** The media type the bytes show; the name refines it only inside an office container. */
  public static String detect(InputStreamSource content, String name) throws IOException {
    String bytesSay;
    try (InputStream in = content.getInputStream()) {
      bytesSay = TIKA.detect(in);
    }
    if (!CONTAINERS.contains(bytesSay)) {
      return bytesSay;
    }
    try (InputStream in = content.getInputStream()) {
      return TIKA.detect(in, name);
    }
  }
}
