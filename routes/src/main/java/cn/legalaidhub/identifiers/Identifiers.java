package cn.legalaidhub.identifiers;

import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks of Chinese identifiers. Resident ID numbers (GB 11643) and unified social credit codes
 * (GB 32100) are checked with Hutool; the 9-prefixed foreign permanent-resident ID (2023 format)
 * uses the same ISO 7064 MOD 11-2 check digit, computed here because Hutool rejects the prefix.
 */
public final class Identifiers {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern SIX_DIGITS = Pattern.compile("^\\d{6}$");
    private static final Pattern FOREIGN_PERMANENT_ID = Pattern.compile("^9\\d{16}[0-9X]$");
    /** GB/T 2260 province-level codes. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private Identifiers() {
    }

    /** An 18-character resident identity card number with a valid region, birth date and check digit. */
    public static boolean isResidentId(String value) {
        return value != null && value.length() == 18 && PROVINCES.contains(value.substring(0, 2))
                && IdcardUtil.isValidCard18(value, false);
    }

    public static boolean isForeignPermanentResidentId(String value) {
        return value != null && FOREIGN_PERMANENT_ID.matcher(value).matches()
                && checkDigit(value) == value.charAt(17);
    }

    public static boolean isCreditCode(String value) {
        return value != null && CreditCodeUtil.isCreditCode(value);
    }

    public static boolean isMainlandMobile(String value) {
        return value != null && MAINLAND_MOBILE.matcher(value).matches();
    }

    /**
     * A GB/T 2260 division code: six digits under a real province. The full division table
     * changes every year and is not shipped, so prefectures and counties are not looked up.
     */
    public static boolean isDivisionCode(String value) {
        return value != null && SIX_DIGITS.matcher(value).matches() && PROVINCES.contains(value.substring(0, 2));
    }

    static char checkDigit(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }
}
