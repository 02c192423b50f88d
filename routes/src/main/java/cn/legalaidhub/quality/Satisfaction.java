package cn.legalaidhub.quality;

import java.util.Optional;

/**
 * The aided person's answer at a return visit. A score of 1–5 falls into a level (4–5 满意, 3 基本满意,
 * 1–2 不满意); a level given as text is kept as its score (5, 3, 1). The satisfaction rate counts
 * 满意 and 基本满意.
 */
enum Satisfaction {
    SATISFIED("满意", 5),
    BASICALLY_SATISFIED("基本满意", 3),
    DISSATISFIED("不满意", 1);

    private final String label;
    private final int score;

    Satisfaction(String label, int score) {
        this.label = label;
        this.score = score;
    }

    String label() {
        return label;
    }

    int score() {
        return score;
    }

    static Satisfaction of(int score) {
        return score >= 4 ? SATISFIED : score == 3 ? BASICALLY_SATISFIED : DISSATISFIED;
    }

    static Optional<Satisfaction> parse(String text) {
        String t = text.trim();
        for (Satisfaction s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.label.equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
