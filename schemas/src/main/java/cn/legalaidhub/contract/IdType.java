package cn.legalaidhub.contract;

/** Type of identity document 证件类型. */
public enum IdType implements LabelledCode {
    RESIDENT_ID("居民身份证"),
    FOREIGN_PERMANENT_RESIDENT_ID("外国人永久居留身份证"),
    PASSPORT("护照"),
    OTHER("其他证件");

    private final String label;

    IdType(String label) {
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
