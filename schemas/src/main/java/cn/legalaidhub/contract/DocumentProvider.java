package cn.legalaidhub.contract;

/** Who must provide a missing document 缺件提供方. */
public enum DocumentProvider implements LabelledCode {
    APPLICANT("申请人"),
    REFERRER("转介机构"),
    OTHER_AGENCY("其他机构");

    private final String label;

    DocumentProvider(String label) {
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
