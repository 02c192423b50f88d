package cn.legalaidhub.contract;

/** Category of an information bulletin 通报类别. */
public enum BulletinCategory implements LabelledCode {
    EARLY_WARNING("预警"),
    DAILY_REPORT("一日一报"),
    ZERO_REPORT("零报告"),
    TYPICAL_CASE("典型案例"),
    STATISTICS("统计通报"),
    WORK_INFO("工作动态"),
    POLICY("政策文件"),
    MANDATORY_REPORT("强制报告"),
    OTHER("其他");

    private final String label;

    BulletinCategory(String label) {
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
