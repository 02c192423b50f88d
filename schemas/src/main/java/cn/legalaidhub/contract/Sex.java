package cn.legalaidhub.contract;

/** Sex of a person 性别. */
public enum Sex implements LabelledCode {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Sex(String label) {
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
