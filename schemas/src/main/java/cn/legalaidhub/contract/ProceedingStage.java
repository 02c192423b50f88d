package cn.legalaidhub.contract;

/** Stage a case has reached 办理阶段. */
public enum ProceedingStage implements LabelledCode {
    MEDIATION("调解"),
    ARBITRATION("仲裁"),
    FIRST_INSTANCE("一审"),
    SECOND_INSTANCE("二审"),
    ENFORCEMENT("执行");

    private final String label;

    ProceedingStage(String label) {
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
