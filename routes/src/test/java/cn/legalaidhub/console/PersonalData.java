package cn.legalaidhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * What an unmasked resident ID (18 characters: 6-digit region, birth date, sequence, check character) or mainland
 * mobile number (11 digits starting 13–19) looks like on a page, for pages shown to roles that may only see them
 * masked (first 6 + last 4, first 3 + last 4).
 */
final class PersonalData {

    static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])");
    static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    private PersonalData() {
    }

    /** Fails naming the first unmasked ID or mobile number on the page. */
    static void assertNoneUnmasked(String what, String page) {
        var id = RESIDENT_ID.matcher(page);
        assertThat(id.find() ? id.group() : null).as("an unmasked ID number on " + what).isNull();
        var phone = MOBILE.matcher(page);
        assertThat(phone.find() ? phone.group() : null).as("an unmasked mobile number on " + what).isNull();
    }
}
