package cn.legalaidhub.referral;

/** Where a referral stands, with the label staff see. */
public enum ReferralStatus {
    SUBMITTED("已提交"),
    UNROUTABLE("待人工分派"),
    DELIVERED("已送达"),
    OPENED("已查看"),
    ACCEPTED("已受理"),
    DECLINED("已退回"),
    ASSIGNED("已指派"),
    IN_PROGRESS("办理中"),
    CLOSED("已结案"),
    CANCELLED("已撤回");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
