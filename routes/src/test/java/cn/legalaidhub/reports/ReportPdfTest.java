package cn.legalaidhub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF embeds its Chinese font (a subset) on every page, and its text extracts as Chinese. */
class ReportPdfTest {

    @Test
    void thePdfEmbedsTheChineseFontAndItsTextExtracts() throws Exception {
        ObjectNode report = (ObjectNode) new ObjectMapper().readTree("""
                {"reportId": "SR-2026-H1-330300", "title": "温州市2026年上半年法律援助协作统计报表", "period": "2026-H1",
                 "periodLabel": "2026年上半年", "from": "2026-01-01", "to": "2026-06-30", "timeZone": "Asia/Shanghai",
                 "generatedAt": "2026-07-01T00:00:05Z", "complete": true,
                 "totals": {"referrals": 12, "people": 40, "greenChannel": 9, "urgent": 1, "overdueNow": 2, "completed": 6,
                            "terminated": 1, "completionRate": 0.5, "amountClaimed": 380000.00, "moneyRecovered": 123456.78},
                 "byCategory": [{"code": "UNPAID_WAGES", "label": "劳动报酬", "count": 10, "people": 30, "completed": 5, "moneyRecovered": 100000.00}],
                 "byGroup": [{"code": "MIGRANT_WORKER", "label": "农民工", "count": 9, "share": 0.75, "moneyRecovered": 100000.00}],
                 "byRegion": [], "byChannel": [{"code": "arbitration", "label": "劳动人事争议仲裁院", "count": 12}], "byStatus": [],
                 "greenChannelByRule": [], "overdueByDeadline": [],
                 "quality": {"returnVisits": 3, "satisfied": 2, "basicallySatisfied": 1, "dissatisfied": 0, "satisfactionRate": 1.0,
                             "averageSatisfaction": 4.33, "hearings": 2, "hearingsAttended": 2, "attendanceRate": 1.0,
                             "peerReviews": 1, "averagePeerScore": 92.50},
                 "typicalCases": [{"title": "农民工讨薪快速结案", "categoryLabel": "劳动报酬", "groupLabel": "农民工",
                                   "parties": "申请人：王某（农民工）", "facts": "申请人在工地务工，被拖欠工资。𠮷", "actions": "当日受理，次日指派。",
                                   "result": "调解结案。", "commentary": "体现绿色通道。"}]}""");
        byte[] pdf = new ReportPdf().render(report);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue();
                assertThat(f.getName()).contains("NotoSansSC");
            });
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("温州市2026年上半年法律援助协作统计报表", "为劳动者挽回损失", "123,456.78", "农民工", "满意率",
                    "典型案例", "农民工讨薪快速结案", "体现绿色通道");
            assertThat(text).as("a character outside the font").contains("□");
        }
        assertThat(pdf.length).as("a subset, not the whole 2.4 MB font").isLessThan(400_000);
    }
}
