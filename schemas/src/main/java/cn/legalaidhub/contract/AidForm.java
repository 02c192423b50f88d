package cn.legalaidhub.contract;

/** Form of legal aid requested 申请援助形式. */
public enum AidForm implements LabelledCode {
    CONSULTATION("法律咨询"),
    DOCUMENT_DRAFTING("代拟法律文书"),
    MEDIATION("调解"),
    ARBITRATION_REPRESENTATION("劳动争议仲裁代理"),
    LITIGATION_REPRESENTATION("诉讼代理"),
    OTHER("其他");

    private final String label;

    AidForm(String label) {
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
