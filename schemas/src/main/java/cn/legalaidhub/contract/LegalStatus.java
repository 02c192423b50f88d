package cn.legalaidhub.contract;

/** Proceedings the matter is in 所处法律程序. */
public enum LegalStatus implements LabelledCode {
    NOT_IN_PROCEEDINGS("未进入法律程序"),
    MEDIATION("调解阶段"),
    ARBITRATION("仲裁阶段"),
    FIRST_INSTANCE("一审"),
    SECOND_INSTANCE("二审"),
    ENFORCEMENT("执行阶段");

    private final String label;

    LegalStatus(String label) {
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
