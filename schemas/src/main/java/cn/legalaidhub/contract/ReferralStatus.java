package cn.legalaidhub.contract;

/** Where a referral stands in the hub 转介状态, with the label staff see. */
public enum ReferralStatus implements LabelledCode {
    SUBMITTED("已提交"),
    UNROUTABLE("待人工分派"),
    DELIVERED("已送达"),
    OPENED("已查看"),
    ACCEPTED("已受理"),
    ACCEPTED_PENDING_DOCUMENTS("容缺受理"),
    DECLINED("已退回"),
    GRANTED("已决定给予援助"),
    REFUSED("不予援助"),
    OBJECTION_REVIEW("异议审查中"),
    ASSIGNED("已指派"),
    IN_PROGRESS("办理中"),
    CLOSED("已结案"),
    TERMINATED("已终止"),
    ARCHIVED("已归档"),
    CANCELLED("已撤回");

    private final String label;

    ReferralStatus(String label) {
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
