package cn.legalaidhub.quality;

import java.util.Optional;

/** How a return visit was made. */
enum VisitMethod {
    PHONE("电话"), VISIT("上门"), SMS("短信"), ONLINE("网络");

    private final String label;

    VisitMethod(String label) {
        this.label = label;
    }

    static Optional<VisitMethod> parse(String text) {
        String t = text.trim();
        for (VisitMethod m : values()) {
            if (m.name().equalsIgnoreCase(t) || m.label.equals(t)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
