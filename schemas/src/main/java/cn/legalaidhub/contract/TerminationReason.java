package cn.legalaidhub.contract;

/** Why legal aid was terminated 终止原因 (Legal Aid Law art. 48). */
public enum TerminationReason implements LabelledCode {
    NO_LONGER_ELIGIBLE("不再符合法律援助条件"),
    PROCEEDINGS_ENDED("案件终止审理或被撤销"),
    SELF_RETAINED_LAWYER("受援人自行委托律师"),
    AT_APPLICANT_REQUEST("受援人要求终止"),
    MISUSE("利用法律援助从事违法活动"),
    CONCEALMENT("故意隐瞒真实情况"),
    OTHER("其他");

    private final String label;

    TerminationReason(String label) {
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
