package org.compliance.api.workbook;

import java.util.Locale;
import org.compliance.scorecard.Scorecard;

/**
 * How a scorecard workbook is written.
 *
 * @param locale the reader's language for labels and headings (English when null)
 * @param detail adds the Details sheet: a page per recommendation
 * @param previous the previous assessment of the same documents, for the Summary's changes; null
 *     when there is none
 */
public record WorkbookOptions(Locale locale, boolean detail, Scorecard previous) {

  public static final WorkbookOptions DEFAULT = new WorkbookOptions(Locale.ENGLISH, false, null);

  public WorkbookOptions {
    locale = locale == null ? Locale.ENGLISH : locale;
  }
}
