package cn.legalaidhub.contract;

/** How the agent is related to the applicant 与申请人关系. */
public enum AgentRelation implements LabelledCode {
    PARENT("父母"),
    GUARDIAN("监护人"),
    SPOUSE("配偶"),
    OTHER_LEGAL_REPRESENTATIVE("其他法定代理人"),
    ENTRUSTED("委托代理人");

    private final String label;

    AgentRelation(String label) {
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
