package org.compliance.registry.legal;

import java.util.regex.Pattern;

/** The codes a Kazakh legal reference names, with the ways English and Russian texts write them. */
public enum LegalCode {
  CRIMINAL("criminal\\s+code|\\bcc\\b|уголовн\\w*\\s+кодекс\\w*|\\bук\\b|\\bқк\\b|\\bqk\\b"),
  ADMINISTRATIVE(
      "code\\s+(?:of|on)\\s+administrative\\s+(?:offen[cs]es|violations|infractions)"
          + "|administrative\\s+(?:offen[cs]es\\s+)?code|\\bcoao\\b|\\bcao\\b"
          + "|кодекс\\w*\\s+(?:\\w+\\s+){0,3}об\\s+административных\\s+правонарушениях"
          + "|\\bкоап\\b|\\bәқбтк\\b");

  private final Pattern pattern;

  LegalCode(String regex) {
    this.pattern = Pattern.compile("(?U)(?:" + regex + ")");
  }

  /** The code named in lower-case text, if exactly one is. */
  static LegalCode in(String lowerText) {
    LegalCode found = null;
    for (LegalCode c : values()) {
      if (c.pattern.matcher(lowerText).find()) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }
}
