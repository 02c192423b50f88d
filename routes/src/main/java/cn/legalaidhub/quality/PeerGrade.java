package cn.legalaidhub.quality;

import java.util.Optional;

/** Grade of a peer review of a case file (同行评估, SF/T 0085). */
enum PeerGrade {
    EXCELLENT("优秀"), GOOD("良好"), PASS("合格"), FAIL("不合格");

    private final String label;

    PeerGrade(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Optional<PeerGrade> parse(String text) {
        String t = text.trim();
        for (PeerGrade g : values()) {
            if (g.name().equalsIgnoreCase(t) || g.label.equals(t)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
