package cn.legalaidhub.contract;

/** Category of the matter 案件类别. */
public enum Category implements LabelledCode {
    UNPAID_WAGES("追索劳动报酬"),
    WORK_INJURY("工伤赔偿"),
    SOCIAL_INSURANCE("社会保险待遇"),
    LABOR_RELATIONSHIP("确认劳动关系"),
    ECONOMIC_COMPENSATION("经济补偿/赔偿金"),
    MARRIAGE_FAMILY("婚姻家庭"),
    DOMESTIC_VIOLENCE("家庭暴力"),
    MAINTENANCE("赡养费/抚养费/扶养费"),
    MINOR_PROTECTION("未成年人保护"),
    OTHER("其他");

    private final String label;

    Category(String label) {
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
