package cn.legalaidhub.warnings;

/** The grade of an early warning 预警等级, lowest first. */
enum Grade {
    YELLOW("黄色", 7),
    ORANGE("橙色", 8),
    RED("红色", 9);

    private final String label;
    private final int priority;

    Grade(String label, int priority) {
        this.label = label;
        this.priority = priority;
    }

    String label() {
        return label;
    }

    int priority() {
        return priority;
    }

    /** The next grade up; red stays red. */
    Grade up() {
        return this == RED ? RED : values()[ordinal() + 1];
    }

    String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Grade max(Grade a, Grade b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }
}
