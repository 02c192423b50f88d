package cn.legalaidhub.contract;

/** Legal basis for sharing personal information 个人信息处理依据 (PIPL art. 13). */
public enum LegalBasis implements LabelledCode {
    APPLICANT_CONSENT("申请人同意"),
    GUARDIAN_CONSENT("监护人同意"),
    STATUTORY_DUTY("履行法定职责"),
    VITAL_INTEREST("保护生命健康和财产安全所必需");

    private final String label;

    LegalBasis(String label) {
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
