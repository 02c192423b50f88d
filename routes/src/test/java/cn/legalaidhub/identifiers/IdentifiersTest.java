package cn.legalaidhub.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void acceptsResidentIdWithCorrectCheckDigit() {
        assertThat(Identifiers.isResidentId("11010519491231002X")).isTrue();
        assertThat(Identifiers.isResidentId("110105194912310021")).isFalse();
    }

    @Test
    void rejectsResidentIdWithImpossibleBirthDateOrRegion() {
        assertThat(Identifiers.isResidentId("110105194913310027")).isFalse();
        assertThat(Identifiers.isResidentId("990105194912310024")).isFalse();
        assertThat(Identifiers.isResidentId("11010519491231002")).isFalse();
        assertThat(Identifiers.isResidentId(null)).isFalse();
    }

    @Test
    void foreignPermanentResidentIdUsesTheSameCheckDigit() {
        String body = "93315619900101001";
        String valid = body + Identifiers.checkDigit(body + "0");
        assertThat(Identifiers.isForeignPermanentResidentId(valid)).isTrue();
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        assertThat(Identifiers.isForeignPermanentResidentId(body + wrong)).isFalse();
        assertThat(Identifiers.isResidentId(valid)).isFalse();
    }

    @Test
    void checksCreditCodeCheckCharacter() {
        assertThat(Identifiers.isCreditCode("91350100M000100Y43")).isTrue();
        assertThat(Identifiers.isCreditCode("91350100M000100Y44")).isFalse();
        assertThat(Identifiers.isCreditCode("9135010")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "15000000000"})
    void acceptsMainlandMobiles(String phone) {
        assertThat(Identifiers.isMainlandMobile(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "0577-88888888", "+8613812345678"})
    void rejectsOtherNumbers(String phone) {
        assertThat(Identifiers.isMainlandMobile(phone)).isFalse();
    }

    @Test
    void divisionCodeMustBeSixDigitsUnderARealProvince() {
        assertThat(Identifiers.isDivisionCode("330300")).isTrue();
        assertThat(Identifiers.isDivisionCode("140100")).isTrue();
        assertThat(Identifiers.isDivisionCode("820000")).isTrue();
        assertThat(Identifiers.isDivisionCode("990100")).isFalse();
        assertThat(Identifiers.isDivisionCode("33030")).isFalse();
        assertThat(Identifiers.isDivisionCode("33030a")).isFalse();
    }
}
