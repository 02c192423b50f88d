package cn.legalaidhub.privacy;

/** Masks personal data for shared views (PIPL minimisation; DOMAIN.md "Privacy"). */
public final class Masking {

    private Masking() {
    }

    /** Keeps at most the first 6 and the last 4 characters of an ID number. */
    public static String idNumber(String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        if (id.length() <= 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** Keeps the first 3 and the last 4 digits of a phone number. */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Surname + 某, for minors and victims. Two-character compound surnames are not guessed. */
    public static String personName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + "某";
    }
}
