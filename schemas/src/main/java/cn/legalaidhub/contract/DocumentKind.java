package cn.legalaidhub.contract;

/** Item of the application documents checklist 申请材料. */
public enum DocumentKind implements LabelledCode {
    ID_PROOF("身份证明"),
    ECONOMIC_STATUS("经济困难状况说明"),
    LABOR_CONTRACT("劳动合同"),
    ATTENDANCE("考勤记录"),
    IOU("欠条"),
    SETTLEMENT_SHEET("工资结算单"),
    INJURY_DETERMINATION("工伤认定书"),
    ARBITRATION_PAPERS("仲裁文书"),
    AGENCY_PROOF("代理关系证明"),
    OTHER("其他材料");

    private final String label;

    DocumentKind(String label) {
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
