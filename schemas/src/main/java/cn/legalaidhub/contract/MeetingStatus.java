package cn.legalaidhub.contract;

/** State of a joint meeting 会议状态. */
public enum MeetingStatus implements LabelledCode {
    SCHEDULED("已安排"),
    RESCHEDULED("已改期"),
    CANCELLED("已取消"),
    MINUTED("已印发会议纪要");

    private final String label;

    MeetingStatus(String label) {
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
