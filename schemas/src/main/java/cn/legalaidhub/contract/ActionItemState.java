package cn.legalaidhub.contract;

/** State of a meeting's action item 议定事项办理状态. */
public enum ActionItemState implements LabelledCode {
    OPEN("待办结"),
    DONE("已办结");

    private final String label;

    ActionItemState(String label) {
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
