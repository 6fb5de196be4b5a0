package org.compliance.api.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementStatus;

/**
 * The cell styles of a scorecard workbook, made once (a workbook holds at most 64,000 styles, so
 * never one per cell). Status colours follow Excel's own good / neutral / bad cell styles, dark
 * text on a light fill, so they print and read in grey too.
 */
final class Styles {

  /** Fill and text colour (RGB hex) per recommendation status. */
  static final Map<RecommendationStatus, String[]> RECOMMENDATION_COLOURS =
      new EnumMap<>(
          Map.of(
              RecommendationStatus.FULFILLED, new String[] {"C6EFCE", "006100"},
              RecommendationStatus.PARTIALLY_FULFILLED, new String[] {"FFEB9C", "9C5700"},
              RecommendationStatus.NOT_FULFILLED, new String[] {"FFC7CE", "9C0006"},
              RecommendationStatus.NOT_ASSESSED, new String[] {"D9D9D9", "3F3F3F"}));

  /** Fill and text colour (RGB hex) per requirement status; a regression stands out darker. */
  static final Map<RequirementStatus, String[]> REQUIREMENT_COLOURS =
      new EnumMap<>(
          Map.of(
              RequirementStatus.MET, new String[] {"C6EFCE", "006100"},
              RequirementStatus.PARTLY_MET, new String[] {"FFEB9C", "9C5700"},
              RequirementStatus.NOT_MET, new String[] {"FFC7CE", "9C0006"},
              RequirementStatus.REGRESSED, new String[] {"E4B1E6", "5B0060"}));

  /**
   * A sign and a fill pattern per status, so it survives black-and-white print: solid, sparse dots,
   * dense dots, none; the words are always in the cell too.
   */
  static final Map<RecommendationStatus, String> SIGNS =
      new EnumMap<>(
          Map.of(
              RecommendationStatus.FULFILLED, "\u2714",
              RecommendationStatus.PARTIALLY_FULFILLED, "\u25D1",
              RecommendationStatus.NOT_FULFILLED, "\u2716",
              RecommendationStatus.NOT_ASSESSED, "\u25CB"));

  private static final Map<RecommendationStatus, FillPatternType> PATTERNS =
      new EnumMap<>(
          Map.of(
              RecommendationStatus.FULFILLED, FillPatternType.SOLID_FOREGROUND,
              RecommendationStatus.PARTIALLY_FULFILLED, FillPatternType.LEAST_DOTS,
              RecommendationStatus.NOT_FULFILLED, FillPatternType.LESS_DOTS,
              RecommendationStatus.NOT_ASSESSED, FillPatternType.NO_FILL));

  final XSSFCellStyle title;
  final XSSFCellStyle label;
  final XSSFCellStyle header;
  final XSSFCellStyle text;
  final XSSFCellStyle wrapped;
  final XSSFCellStyle score;
  final XSSFCellStyle bigScore;
  final XSSFCellStyle integer;
  final XSSFCellStyle credit;
  final XSSFCellStyle date;
  final XSSFCellStyle dateTime;
  final XSSFCellStyle percent;
  final XSSFCellStyle subtitle;
  final XSSFCellStyle note;
  final XSSFCellStyle notAssessed;
  final XSSFCellStyle seal;
  final XSSFCellStyle sealDate;
  private final Map<RecommendationStatus, XSSFCellStyle> recommendation =
      new EnumMap<>(RecommendationStatus.class);
  private final Map<RequirementStatus, XSSFCellStyle> requirement =
      new EnumMap<>(RequirementStatus.class);

  Styles(XSSFWorkbook workbook) {
    XSSFFont titleFont = workbook.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 16);
    title = workbook.createCellStyle();
    title.setFont(titleFont);

    XSSFFont bold = workbook.createFont();
    bold.setBold(true);
    label = workbook.createCellStyle();
    label.setFont(bold);
    label.setVerticalAlignment(VerticalAlignment.TOP);

    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(colour("D9E1F2"));
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    header.setWrapText(true);

    text = workbook.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);

    wrapped = workbook.createCellStyle();
    wrapped.cloneStyleFrom(text);
    wrapped.setWrapText(true);

    score = workbook.createCellStyle();
    score.cloneStyleFrom(text);
    score.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

    XSSFFont big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    bigScore = workbook.createCellStyle();
    bigScore.cloneStyleFrom(score);
    bigScore.setFont(big);

    integer = workbook.createCellStyle();
    integer.cloneStyleFrom(text);
    integer.setDataFormat(workbook.createDataFormat().getFormat("0"));

    credit = workbook.createCellStyle();
    credit.cloneStyleFrom(text);
    credit.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

    date = workbook.createCellStyle();
    date.cloneStyleFrom(text);
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    date.setAlignment(HorizontalAlignment.LEFT); // reads with the words next to it

    dateTime = workbook.createCellStyle();
    dateTime.cloneStyleFrom(text);
    dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

    percent = workbook.createCellStyle();
    percent.cloneStyleFrom(text);
    percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));

    XSSFFont subtitleFont = workbook.createFont();
    subtitleFont.setFontHeightInPoints((short) 12);
    subtitle = workbook.createCellStyle();
    subtitle.cloneStyleFrom(wrapped);
    subtitle.setFont(subtitleFont);

    XSSFFont italic = workbook.createFont();
    italic.setItalic(true);
    note = workbook.createCellStyle();
    note.cloneStyleFrom(wrapped);
    note.setFont(italic);

    // "Not assessed" is not a low score: grey and italic, never a number.
    XSSFFont greyItalic = workbook.createFont();
    greyItalic.setItalic(true);
    greyItalic.setColor(colour("595959"));
    notAssessed = workbook.createCellStyle();
    notAssessed.cloneStyleFrom(text);
    notAssessed.setFont(greyItalic);

    // The seal is for checking, not for reading: small and grey.
    XSSFFont small = workbook.createFont();
    small.setFontHeightInPoints((short) 8);
    small.setColor(colour("595959"));
    seal = workbook.createCellStyle();
    seal.cloneStyleFrom(text);
    seal.setFont(small);
    sealDate = workbook.createCellStyle();
    sealDate.cloneStyleFrom(dateTime);
    sealDate.setFont(small);

    RECOMMENDATION_COLOURS.forEach(
        (s, c) -> recommendation.put(s, patterned(status(workbook, c), c, PATTERNS.get(s))));
    REQUIREMENT_COLOURS.forEach((s, c) -> requirement.put(s, status(workbook, c)));
  }

  CellStyle of(RecommendationStatus status) {
    return recommendation.get(status);
  }

  CellStyle of(RequirementStatus status) {
    return requirement.get(status);
  }

  /** The status style with its pattern: dots in the text's colour over the light fill. */
  private static XSSFCellStyle patterned(
      XSSFCellStyle style, String[] colours, FillPatternType pattern) {
    if (pattern == FillPatternType.NO_FILL) {
      style.setFillPattern(FillPatternType.NO_FILL);
    } else if (pattern != FillPatternType.SOLID_FOREGROUND) {
      style.setFillForegroundColor(colour(colours[1]));
      style.setFillBackgroundColor(colour(colours[0]));
      style.setFillPattern(pattern);
    }
    style.setBorderBottom(BorderStyle.HAIR);
    return style;
  }

  private static XSSFCellStyle status(XSSFWorkbook workbook, String[] colours) {
    XSSFFont font = workbook.createFont();
    font.setColor(colour(colours[1]));
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setFillForegroundColor(colour(colours[0]));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setWrapText(true); // "Partially fulfilled" in a narrow column
    return style;
  }

  static XSSFColor colour(String hex) {
    byte[] rgb = new byte[3];
    for (int i = 0; i < 3; i++) {
      rgb[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return new XSSFColor(rgb, new DefaultIndexedColorMap());
  }
}
