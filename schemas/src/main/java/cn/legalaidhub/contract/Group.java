package cn.legalaidhub.contract;

/** Group the applicant belongs to 人群类别; decides the green channel (绿色通道). */
public enum Group implements LabelledCode {
    MIGRANT_WORKER("农民工"),
    NEW_FORM_WORKER("新就业形态劳动者"),
    WOMAN("妇女"),
    MINOR("未成年人"),
    ELDERLY("老年人"),
    DISABLED("残疾人"),
    MILITARY_FAMILY("军人军属"),
    LOW_INCOME("低收入群体"),
    OTHER("其他");

    private final String label;

    Group(String label) {
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
