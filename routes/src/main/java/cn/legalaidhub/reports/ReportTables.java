package cn.legalaidhub.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A stored report laid out as titled tables with Chinese headings, the same for the XLSX and the PDF. */
final class ReportTables {

    record Table(String title, List<String> headers, List<List<Object>> rows) {
    }

    record TypicalCaseText(String title, List<String[]> paragraphs) {
    }

    private ReportTables() {
    }

    static List<Table> tables(JsonNode r) {
        List<Table> tables = new ArrayList<>();
        JsonNode t = r.path("totals");
        JsonNode q = r.path("quality");
        tables.add(new Table("一、总体情况", List.of("项目", "数值"), List.of(
                List.of("转介案件数", t.path("referrals").asLong()),
                List.of("涉及人数", t.path("people").asLong()),
                List.of("绿色通道案件数", t.path("greenChannel").asLong()),
                List.of("先行援助（紧急）案件数", t.path("urgent").asLong()),
                List.of("当前超期案件数", t.path("overdueNow").asLong()),
                List.of("已结案（含归档）", t.path("completed").asLong()),
                List.of("已终止", t.path("terminated").asLong()),
                List.of("结案率", percent(t.path("completionRate"))),
                List.of("请求金额（元）", t.path("amountClaimed").decimalValue()),
                List.of("为劳动者挽回损失（元）", t.path("moneyRecovered").decimalValue()))));
        tables.add(counts("二、按案件类别", r.path("byCategory"), List.of("类别", "代码", "案件数", "涉及人数", "已结案", "挽回金额（元）"),
                x -> List.of(x.path("label").asText(), x.path("code").asText(), x.path("count").asLong(), x.path("people").asLong(),
                        x.path("completed").asLong(), x.path("moneyRecovered").decimalValue())));
        tables.add(counts("三、按人群", r.path("byGroup"), List.of("人群", "代码", "案件数", "占比", "挽回金额（元）"),
                x -> List.of(x.path("label").asText(), x.path("code").asText(), x.path("count").asLong(), percent(x.path("share")),
                        x.path("moneyRecovered").decimalValue())));
        tables.add(counts("四、按地区", r.path("byRegion"), List.of("地区", "区划代码", "案件数", "挽回金额（元）"),
                x -> List.of(x.path("label").asText(), x.path("code").asText(), x.path("count").asLong(), x.path("moneyRecovered").decimalValue())));
        tables.add(counts("五、按来源渠道", r.path("byChannel"), List.of("转介来源", "机构类别", "案件数"),
                x -> List.of(x.path("label").asText(), x.path("code").asText(), x.path("count").asLong())));
        tables.add(counts("六、按办理状态", r.path("byStatus"), List.of("状态", "代码", "案件数"),
                x -> List.of(x.path("label").asText(), x.path("code").asText(), x.path("count").asLong())));
        tables.add(counts("七、绿色通道与优先办理（按触发规则）", r.path("greenChannelByRule"), List.of("规则", "依据", "案件数"),
                x -> List.of(x.path("title").asText(x.path("rule").asText()), x.path("source").asText(""), x.path("count").asLong())));
        tables.add(counts("八、办理时限与超期", r.path("overdueByDeadline"), List.of("时限", "计时数", "曾超期", "当前超期"),
                x -> List.of(x.path("label").asText(), x.path("deadlines").asLong(), x.path("overdue").asLong(), x.path("overdueNow").asLong())));
        tables.add(new Table("九、办案质量", List.of("项目", "数值"), List.of(
                List.of("回访人次", q.path("returnVisits").asLong()),
                List.of("满意", q.path("satisfied").asLong()),
                List.of("基本满意", q.path("basicallySatisfied").asLong()),
                List.of("不满意", q.path("dissatisfied").asLong()),
                List.of("满意率（满意+基本满意）", percent(q.path("satisfactionRate"))),
                List.of("平均满意度（1–5）", text(q.path("averageSatisfaction"))),
                List.of("庭审记录数", q.path("hearings").asLong()),
                List.of("律师出庭数", q.path("hearingsAttended").asLong()),
                List.of("出庭率", percent(q.path("attendanceRate"))),
                List.of("同行评估件数", q.path("peerReviews").asLong()),
                List.of("平均评估分", text(q.path("averagePeerScore"))))));
        return tables;
    }

    static List<TypicalCaseText> typicalCases(JsonNode r) {
        List<TypicalCaseText> cases = new ArrayList<>();
        int i = 1;
        for (JsonNode c : r.path("typicalCases")) {
            cases.add(new TypicalCaseText("案例" + i++ + "：" + c.path("title").asText(), List.of(
                    new String[] {"案件类别", c.path("categoryLabel").asText() + "（" + c.path("groupLabel").asText() + "）"},
                    new String[] {"当事人", c.path("parties").asText()},
                    new String[] {"基本案情", c.path("facts").asText()},
                    new String[] {"援助过程", c.path("actions").asText()},
                    new String[] {"办理结果", c.path("result").asText()},
                    new String[] {"评析", c.path("commentary").asText()})));
        }
        return cases;
    }

    private static Table counts(String title, JsonNode items, List<String> headers, java.util.function.Function<JsonNode, List<Object>> row) {
        List<List<Object>> rows = new ArrayList<>();
        items.forEach(x -> rows.add(row.apply(x)));
        return new Table(title, headers, rows);
    }

    private static String percent(JsonNode rate) {
        return rate.isNumber() ? new java.math.BigDecimal(rate.asText()).movePointRight(2).stripTrailingZeros().toPlainString() + "%" : "—";
    }

    private static String text(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? "—" : n.asText();
    }
}
