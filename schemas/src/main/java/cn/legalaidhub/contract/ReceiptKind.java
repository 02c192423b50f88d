package cn.legalaidhub.contract;

/** What happened to a message on its way 回执类型. */
public enum ReceiptKind implements LabelledCode {
    DELIVERED("已送达"),
    OPENED("已查看"),
    DELIVERY_FAILED("送达失败"),
    DEAD_LETTERED("转入死信队列");

    private final String label;

    ReceiptKind(String label) {
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
