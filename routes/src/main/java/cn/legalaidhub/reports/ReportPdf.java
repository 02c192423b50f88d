package cn.legalaidhub.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A report as a PDF (A4) with its Chinese font embedded as a subset, so it reads the same on any
 * machine: Noto Sans SC (SIL Open Font License 1.1), shipped in the hub as {@value #FONT} — the GB 2312
 * characters, Latin and punctuation. A character the font lacks is printed as □.
 */
@Component
class ReportPdf {

    static final String FONT = "fonts/NotoSansSC-Regular-GB2312.ttf";
    private static final float MARGIN = 48;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final byte[] fontFile;

    ReportPdf() {
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            fontFile = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The report font " + FONT + " is missing", e);
        }
    }

    byte[] render(JsonNode report) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontFile));
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            doc.getDocumentInformation().setTitle(report.path("title").asText());
            doc.getDocumentInformation().setCreator("Legal Aid Hub 法律援助协作枢纽");
            Writer w = new Writer(doc, font, ttf);
            w.line(report.path("title").asText(), 16, 0);
            w.gap(4);
            w.paragraph("统计期间：" + report.path("from").asText() + " 至 " + report.path("to").asText() + "（" + report.path("periodLabel").asText()
                    + "，按受理转介时间，" + report.path("timeZone").asText() + "）", 9);
            w.paragraph("生成时间：" + report.path("generatedAt").asText() + "　报表编号：" + report.path("reportId").asText()
                    + (report.path("complete").asBoolean() ? "" : "　（统计期间尚未结束，数据截至生成时间）"), 9);
            for (ReportTables.Table t : ReportTables.tables(report)) {
                w.gap(8);
                w.line(t.title(), 12, 0);
                w.table(t.headers(), t.rows());
            }
            List<ReportTables.TypicalCaseText> cases = ReportTables.typicalCases(report);
            w.gap(8);
            w.line("十、典型案例", 12, 0);
            if (cases.isEmpty()) {
                w.paragraph("本期无已发布的典型案例。", 10);
            }
            for (var c : cases) {
                w.gap(4);
                w.paragraph(c.title(), 11);
                for (String[] p : c.paragraphs()) {
                    w.paragraph("【" + p[0] + "】" + p[1], 10);
                }
            }
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays text out top-down, page after page. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final TrueTypeFont ttf;
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDType0Font font, TrueTypeFont ttf) throws IOException {
            this.doc = doc;
            this.font = font;
            this.ttf = ttf;
            newPage();
        }

        void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap(float points) {
            y -= points;
        }

        void line(String text, float size, float x) throws IOException {
            ensure(size * 1.4f);
            y -= size * 1.4f;
            show(printable(text), size, MARGIN + x, y);
        }

        void paragraph(String text, float size) throws IOException {
            for (String l : wrap(printable(text), size, WIDTH)) {
                line(l, size, 0);
            }
        }

        void table(List<String> headers, List<List<Object>> rows) throws IOException {
            int n = headers.size();
            float first = n == 2 ? WIDTH * 0.6f : WIDTH * 0.34f;
            float[] widths = new float[n];
            widths[0] = first;
            for (int i = 1; i < n; i++) {
                widths[i] = (WIDTH - first) / (n - 1);
            }
            row(headers.stream().map(h -> (Object) h).toList(), widths, true);
            if (rows.isEmpty()) {
                row(java.util.Collections.nCopies(n, (Object) "—"), widths, false);
            }
            for (List<Object> r : rows) {
                row(r, widths, false);
            }
        }

        private void row(List<Object> cells, float[] widths, boolean header) throws IOException {
            float size = 9;
            List<List<String>> lines = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < cells.size(); i++) {
                Object v = cells.get(i);
                String text = v instanceof BigDecimal d ? String.format("%,.2f", d) : String.valueOf(v);
                List<String> wrapped = wrap(printable(text), size, widths[i] - 6);
                lines.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            float rowHeight = height * size * 1.35f + 4;
            ensure(rowHeight);
            float x = MARGIN;
            cs.setLineWidth(0.4f);
            for (int i = 0; i < cells.size(); i++) {
                cs.addRect(x, y - rowHeight, widths[i], rowHeight);
                cs.stroke();
                float ly = y - 2;
                for (String l : lines.get(i)) {
                    ly -= size * 1.35f;
                    show(l, size, x + 3, ly + 2);
                }
                x += widths[i];
            }
            y -= rowHeight;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void show(String text, float size, float x, float at) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, at);
            cs.showText(text);
            cs.endText();
        }

        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            float used = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = font.getStringWidth(ch) / 1000 * size;
                if (current.length() > 0 && used + w > width) {
                    out.add(current.toString());
                    current.setLength(0);
                    used = 0;
                }
                current.append(ch);
                used += w;
                i += Character.charCount(cp);
            }
            if (current.length() > 0 || out.isEmpty()) {
                out.add(current.toString());
            }
            return out;
        }

        /** Controls become spaces; characters the font has no glyph for become □. */
        private String printable(String text) throws IOException {
            StringBuilder out = new StringBuilder();
            var cmap = ttf.getUnicodeCmapLookup();
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (cmap.getGlyphId(cp) > 0) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('□');
                }
            });
            return out.toString();
        }

        void close() throws IOException {
            cs.close();
        }
    }
}
