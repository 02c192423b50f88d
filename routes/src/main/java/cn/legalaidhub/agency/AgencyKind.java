package cn.legalaidhub.agency;

import java.util.Arrays;
import java.util.Optional;

/** The agency kinds; each slug names the adapter package, route ids, queues and properties. */
public enum AgencyKind {
    LEGALAID("legalaid", "法律援助中心"),
    ARBITRATION("arbitration", "劳动人事争议仲裁院"),
    INSPECTION("inspection", "劳动保障监察"),
    UNION("union", "工会"),
    COURT("court", "人民法院"),
    WOMENSFED("womensfed", "妇联"),
    COMMERCE("commerce", "商会"),
    MEDIATION("mediation", "人民调解委员会"),
    HOTLINE("hotline", "12348/12345 热线");

    private final String slug;
    private final String label;

    AgencyKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<AgencyKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
