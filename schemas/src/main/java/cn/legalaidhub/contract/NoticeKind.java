package cn.legalaidhub.contract;

/** Kind of a notice the hub sends 通知类型. */
public enum NoticeKind implements LabelledCode {
    REMINDER("即将到期提醒"),
    OVERDUE("逾期催办"),
    ESCALATION("督办"),
    UNROUTABLE("无法分派"),
    COURT_PRESERVATION("保全协助"),
    MANDATORY_REPORT("强制报告"),
    MISSING_DOCUMENTS("一次性告知缺件"),
    MEDIATION_FALLBACK("调解不成转办"),
    COPY("抄送");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
