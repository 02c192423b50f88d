package cn.legalaidhub.contract;

/** Why a referral is urgent 紧急事由 (Legal Aid Law art. 44 法律援助法第四十四条). */
public enum UrgencyReason implements LabelledCode {
    LIMITATION_WITHIN_7_DAYS("距法定时效或期限届满不足七日"),
    PRESERVATION_OF_PROPERTY("需要立即申请财产保全"),
    PRESERVATION_OF_EVIDENCE("需要立即申请证据保全"),
    EARLY_EXECUTION("需要立即申请先予执行"),
    DETAINED("申请人被羁押"),
    OTHER("其他紧急情形");

    private final String label;

    UrgencyReason(String label) {
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
