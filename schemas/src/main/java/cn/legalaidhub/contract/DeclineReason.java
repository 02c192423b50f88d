package cn.legalaidhub.contract;

/** Coded reason of a DECLINED event 退回原因. */
public enum DeclineReason implements LabelledCode {
    NOT_OUR_REMIT("不属本机构职责"),
    WRONG_REGION("不属本地区管辖"),
    DUPLICATE("重复转介"),
    NOT_ELIGIBLE("不符合法律援助条件"),
    OTHER("其他原因");

    private final String label;

    DeclineReason(String label) {
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
