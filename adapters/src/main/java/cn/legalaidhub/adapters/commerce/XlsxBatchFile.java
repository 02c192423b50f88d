package cn.legalaidhub.adapters.commerce;

import com.github.pjfanning.poi.xssf.streaming.TempFileSharedStringsTable;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of the first sheet of an XLSX batch file with POI's SAX event model: the sheet XML
 * is parsed as it is read, and the workbook's shared strings live in a temporary file instead of the
 * heap, so a 100,000-row workbook is read in bounded memory (never {@code XSSFWorkbook} on the file).
 * Dates come out as ISO dates, numbers without grouping or exponent.
 */
final class XlsxBatchFile {

    private XlsxBatchFile() {
    }

    static void read(Path file, RowHandler handler) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                TempFileSharedStringsTable strings = new TempFileSharedStringsTable(pkg, false, false)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                RowCollector rows = new RowCollector(handler);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                        new IsoDataFormatter(), false));
                try {
                    parser.parse(new InputSource(sheet));
                } catch (HandlerFailure failure) {
                    throw failure.cause;
                }
            }
        }
    }

    /** Carries an exception of the row handler out of the SAX parser unchanged. */
    private static final class HandlerFailure extends RuntimeException {
        private final Exception cause;

        HandlerFailure(Exception cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    /** Collects the cells of each row (filling the gaps of cells the sheet leaves out) and hands the row on. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();

        RowCollector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                handler.row(rowNum + 1, new ArrayList<>(cells));
            } catch (Exception e) {
                throw new HandlerFailure(e);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Dates as 2026-01-31; plain numbers without grouping or exponent (IDs and phones typed as numbers). */
    static final class IsoDataFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            if (formatIndex == 0 || formatString == null || "General".equalsIgnoreCase(formatString)) {
                return plain(value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }

        static String plain(double value) {
            String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            return text.equals("-0") ? "0" : text;
        }
    }
}
