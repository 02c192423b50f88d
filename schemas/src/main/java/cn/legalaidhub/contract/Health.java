package cn.legalaidhub.contract;

/** Health of the applicant 健康状况. */
public enum Health implements LabelledCode {
    HEALTHY("健康"),
    DISABLED("残疾"),
    SERIOUSLY_ILL("患重大疾病");

    private final String label;

    Health(String label) {
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
