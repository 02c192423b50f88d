package cn.legalaidhub.contract;

/** Conclusion of the review of an objection to a refusal 异议审查结论. */
public enum ObjectionDecision implements LabelledCode {
    UPHELD("维持不予法律援助决定"),
    OVERTURNED("撤销原决定、给予法律援助");

    private final String label;

    ObjectionDecision(String label) {
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
