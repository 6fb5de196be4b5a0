package org.compliance.api.evidence.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A file's name as it is kept and served: the sender's name without folders, control characters,
 * marks that reverse text or characters file systems refuse; and the Content-Disposition header
 * that offers it for download under that name (RFC 6266, with RFC 5987 for names beyond ASCII, such
 * as Cyrillic ones).
 */
public final class FileNames {

  static final int MAX_LENGTH = 200;
  private static final String FALLBACK = "file";

  private FileNames() {}

  /** The name to keep: never blank, at most {@link #MAX_LENGTH} characters, its extension kept. */
  public static String clean(String sent) {
    if (sent == null) {
      return FALLBACK;
    }
    String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || invisible(c)) {
                return;
              }
              out.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
            });
    String kept = out.toString().strip();
    while (kept.startsWith(".")) {
      kept = kept.substring(1); // no hidden files, no "..": a name, never a path
    }
    kept = kept.strip();
    if (kept.isEmpty()) {
      return FALLBACK;
    }
    if (kept.codePointCount(0, kept.length()) > MAX_LENGTH) {
      int dot = kept.lastIndexOf('.');
      String ext = dot > 0 && kept.length() - dot <= 10 ? kept.substring(dot) : "";
      kept = kept.substring(0, kept.offsetByCodePoints(0, MAX_LENGTH - ext.length())) + ext;
    }
    return kept;
  }

  /** Direction marks, zero-width and format characters: they disguise a name's extension. */
  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.SURROGATE;
  }

  /**
   * {@code attachment} under the kept name: an ASCII {@code filename} for old clients and the exact
   * name as UTF-8 in {@code filename*}.
   */
  public static String attachment(String name) {
    StringBuilder ascii = new StringBuilder();
    name.codePoints()
        .forEach(
            c ->
                ascii.append(
                    c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
