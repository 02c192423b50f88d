package cn.legalaidhub.clocks;

/** Which time limits apply to a case: aid first (art. 44) is fastest, then the green channel, then the rest. */
public enum Track {
    NORMAL, GREEN, URGENT;

    public static Track of(boolean greenChannel, boolean urgent) {
        return urgent ? URGENT : greenChannel ? GREEN : NORMAL;
    }
}
