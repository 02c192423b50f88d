package cn.legalaidhub.contract;

/** Type of a status event 事件类型. */
public enum EventType implements LabelledCode {
    ACCEPTED("已受理"),
    DECLINED("退回/不予受理"),
    ASSIGNED("已指派"),
    PROGRESS("办理进展"),
    CLOSED("已结案"),
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
