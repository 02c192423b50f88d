package cn.legalaidhub.clocks;

import cn.legalaidhub.rules.RuleIds;

/**
 * The deadlines the hub keeps. Most remind, then report overdue, then escalate; an {@code acting}
 * clock does something when it runs out instead (mediation falls back, a near limitation makes the
 * case urgent).
 */
public enum ClockKind {
    OPEN("签收查看", RuleIds.OPEN_IN_TIME, false),
    ACCEPT("受理", RuleIds.ACCEPT_IN_TIME, false),
    REVIEW("审查决定", RuleIds.REVIEW_IN_TIME, false),
    ASSIGN("指派", RuleIds.ASSIGN_IN_TIME, false),
    CLOSE("办结", RuleIds.CLOSE_IN_TIME, false),
    ARCHIVE("立卷归档", RuleIds.ARCHIVE_IN_TIME, false),
    OBJECTION("异议审查", RuleIds.OBJECTION_IN_TIME, false),
    DOCUMENT("补正材料", RuleIds.DOCUMENTS_IN_TIME, false),
    MEDIATION("先行调解", RuleIds.MEDIATION_IN_TIME, true),
    LIMITATION("时效届满前7日", RuleIds.LIMITATION_WATCH, true),
    REPORT_ACK("强制报告签收", RuleIds.REPORT_ACK_IN_TIME, false),
    REPORT_REPLY("强制报告回复", RuleIds.REPORT_REPLY_IN_TIME, false),
    MEETING_ACK("会议通知签收", RuleIds.MEETING_ACK_IN_TIME, false),
    MEETING_REPLY("参会回执", RuleIds.MEETING_REPLY_IN_TIME, false),
    ACTION_ITEM("会议议定事项", RuleIds.ACTION_ITEM_IN_TIME, false),
    BULLETIN_ACK("通报签收", RuleIds.BULLETIN_ACK_IN_TIME, false),
    WARNING_ACK("预警签收", RuleIds.EARLY_WARNING_ACK_IN_TIME, false),
    WARNING_ACTION("预警处置反馈", RuleIds.EARLY_WARNING_ACTION_IN_TIME, false),
    CAMPAIGN_REPORT("每日报送", RuleIds.CAMPAIGN_DAILY_REPORT, false);

    private final String label;
    private final String ruleId;
    private final boolean acting;

    ClockKind(String label, String ruleId, boolean acting) {
        this.label = label;
        this.ruleId = ruleId;
        this.acting = acting;
    }

    public String label() {
        return label;
    }

    public String ruleId() {
        return ruleId;
    }

    public boolean acting() {
        return acting;
    }
}
