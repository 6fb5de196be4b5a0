package org.compliance.api.evidence.spreadsheet;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cell values as written, not as displayed: numbers plainly ("1200", not "1,200"), and cells
 * formatted as dates (Excel turns a typed 2019-12-27 into one) as yyyy-mm-dd.
 */
final class RawValues extends DataFormatter {
  @Override
  public String formatRawCellContents(
      double value, int formatIndex, String formatString, boolean use1904Windowing) {
    if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
      return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
