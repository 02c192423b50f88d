package cn.legalaidhub.contract;

/** The applicant's role in the proceedings 诉讼地位. */
public enum PartyRole implements LabelledCode {
    CLAIMANT("申请人/原告"),
    RESPONDENT("被申请人/被告"),
    THIRD_PARTY("第三人");

    private final String label;

    PartyRole(String label) {
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
