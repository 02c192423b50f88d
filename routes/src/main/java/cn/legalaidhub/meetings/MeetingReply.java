package cn.legalaidhub.meetings;

/** A participant's answer to a meeting notice (参会回执). */
public enum MeetingReply {
    ATTEND("参会"),
    DEPUTY("委派代表参会"),
    ABSENT("请假");

    private final String label;

    MeetingReply(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
