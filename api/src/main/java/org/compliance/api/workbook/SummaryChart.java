package org.compliance.api.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.compliance.catalogue.AddresseeGroup;
import org.compliance.scorecard.RecommendationStatus;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * One stacked bar per addressee group, one segment per status in the status's own colour, each
 * labelled with its count. "Not assessed" is a grey segment of its own, so a group with nothing
 * assessed shows as a grey bar instead of vanishing or passing for a score of 0.
 */
final class SummaryChart {

  private SummaryChart() {}

  /**
   * Draws the chart of the status table whose header row is {@code head}, from row {@code top} to
   * the table's last row.
   */
  static void draw(XSSFSheet sheet, int top, int head, String title, int fromColumn, int toColumn) {
    int groups = AddresseeGroup.values().length;
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor =
        drawing.createAnchor(
            0, 0, 0, 0, fromColumn, top, toColumn, head + RecommendationStatus.values().length + 1);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getTitle().getBody().getParagraph(0).addDefaultRunProperties().setFontSize(12.0);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis axis = chart.createCategoryAxis(AxisPosition.LEFT);
    axis.setOrientation(AxisOrientation.MAX_MIN); // groups top to bottom, as in the table
    XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
    counts.setMinimum(0);
    counts.setNumberFormat("0");
    counts.setCrosses(AxisCrosses.MAX); // with the groups reversed, keeps the scale at the bottom
    counts.getOrAddMajorGridProperties();
    XDDFDataSource<String> names =
        XDDFDataSourcesFactory.fromStringCellRange(
            sheet, new CellRangeAddress(head, head, 1, groups));
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axis, counts);
    data.setBarDirection(BarDirection.BAR);
    data.setBarGrouping(BarGrouping.STACKED);
    data.setVaryColors(false);
    RecommendationStatus[] statuses = RecommendationStatus.values();
    for (int s = 0; s < statuses.length; s++) {
      int row = head + 1 + s;
      XDDFNumericalDataSource<Double> values =
          XDDFDataSourcesFactory.fromNumericCellRange(
              sheet, new CellRangeAddress(row, row, 1, groups));
      XDDFChartData.Series series = data.addSeries(names, values);
      series.setTitle(
          sheet.getRow(row).getCell(0).getStringCellValue(),
          new CellReference(sheet.getSheetName(), row, 0, true, true));
      series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(statuses[s]))));
    }
    chart.plot(data);
    for (CTBarSer ser : chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray()) {
      label(ser.isSetDLbls() ? ser.getDLbls() : ser.addNewDLbls());
    }
  }

  /** The count on each segment; zero shows nothing (format "0;;;"), not a stray "0". */
  private static void label(CTDLbls labels) {
    labels.addNewNumFmt().setFormatCode("0;;;");
    labels.getNumFmt().setSourceLinked(false);
    labels.addNewShowLegendKey().setVal(false);
    labels.addNewShowVal().setVal(true);
    labels.addNewShowCatName().setVal(false);
    labels.addNewShowSerName().setVal(false);
    labels.addNewShowPercent().setVal(false);
    labels.addNewShowBubbleSize().setVal(false);
  }

  /** The chart colour of a status: a stronger tone of its cell fill, so segments stand apart. */
  private static byte[] rgb(RecommendationStatus status) {
    String hex =
        switch (status) {
          case FULFILLED -> "63BE7B";
          case PARTIALLY_FULFILLED -> "FFC000";
          case NOT_FULFILLED -> "E06666";
          case NOT_ASSESSED -> "BFBFBF";
        };
    byte[] rgb = new byte[3];
    for (int i = 0; i < 3; i++) {
      rgb[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return rgb;
  }
}
