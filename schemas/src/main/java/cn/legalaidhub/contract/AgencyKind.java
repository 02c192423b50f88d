package cn.legalaidhub.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The agency kinds. Each slug names the adapter package, route ids, queues and properties, and is the
 * code used in documents ({@code receiverKind}, bulletin topics).
 */
public enum AgencyKind implements LabelledCode {
    LEGALAID("legalaid", "法律援助中心"),
    ARBITRATION("arbitration", "劳动人事争议仲裁院"),
    INSPECTION("inspection", "劳动保障监察"),
    UNION("union", "工会"),
    COURT("court", "人民法院"),
    WOMENSFED("womensfed", "妇联"),
    COMMERCE("commerce", "商会"),
    MEDIATION("mediation", "人民调解委员会"),
    HOTLINE("hotline", "12348/12345 热线"),
    JUSTICE("justice", "司法局"),
    POLICE("police", "公安机关"),
    PROCURATORATE("procuratorate", "人民检察院"),
    CONSTRUCTION("construction", "住房和城乡建设部门"),
    CIVILAFFAIRS("civilaffairs", "民政部门"),
    EDUCATION("education", "教育部门"),
    YOUTHLEAGUE("youthleague", "共青团");

    private final String slug;
    private final String label;

    AgencyKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The lower-case slug, e.g. {@code legalaid}; this is how the kind is written in JSON. */
    @JsonValue
    public String slug() {
        return slug;
    }

    @Override
    public String code() {
        return slug;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<AgencyKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    @JsonCreator
    static AgencyKind ofSlug(String slug) {
        return fromSlug(slug).orElseThrow(() -> new IllegalArgumentException("Unknown agency kind '" + slug + "'"));
    }
}
