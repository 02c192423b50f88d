package cn.legalaidhub.contract;

/** Who a case is assigned to 承办人类别. */
public enum AssigneeKind implements LabelledCode {
    LAWYER("律师"),
    WORKSTATION("法律援助工作站");

    private final String label;

    AssigneeKind(String label) {
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
