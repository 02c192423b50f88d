package cn.legalaidhub.contract;

/** Type of a status event 事件类型. */
public enum EventType implements LabelledCode {
    ACCEPTED("已受理"),
    ACCEPTED_PENDING_DOCUMENTS("容缺受理"),
    DOCUMENTS_RECEIVED("补正材料已收到"),
    DOCUMENTS_WAIVED("缺件免于补正"),
    DECLINED("退回/不予受理"),
    GRANTED("给予法律援助"),
    REFUSED("不予法律援助"),
    OBJECTION_FILED("提出异议"),
    OBJECTION_DECIDED("异议审查结论"),
    ASSIGNED("已指派"),
    ASSIGNMENT_ACCEPTED("接受指派"),
    ASSIGNMENT_DECLINED("拒绝指派"),
    PROGRESS("办理进展"),
    MEDIATION_AGREED("调解成功"),
    MEDIATION_FAILED("调解不成"),
    TRANSFERRED("异地协作转交"),
    CLOSED("已结案"),
    TERMINATED("终止法律援助"),
    ARCHIVED("已归档"),
    CANCELLED("已撤回");

    private final String label;

    EventType(String label) {
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
