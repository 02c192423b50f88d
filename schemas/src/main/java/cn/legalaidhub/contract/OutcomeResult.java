package cn.legalaidhub.contract;

/** How a case ended 结案方式. */
public enum OutcomeResult implements LabelledCode {
    WON("胜诉/请求获支持"),
    SETTLED("调解/和解结案"),
    PARTIALLY_WON("部分支持"),
    LOST("败诉/请求被驳回"),
    WITHDRAWN("撤回申请/撤诉"),
    OTHER("其他");

    private final String label;

    OutcomeResult(String label) {
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
