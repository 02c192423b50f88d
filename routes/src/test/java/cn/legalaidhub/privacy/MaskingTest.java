package cn.legalaidhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void idKeepsFirstSixAndLastFour() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void phoneKeepsFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void shortValuesAreMaskedWhole() {
        assertThat(Masking.idNumber("E1234567")).isEqualTo("********");
        assertThat(Masking.phone("12345")).isEqualTo("*****");
        assertThat(Masking.idNumber(null)).isNull();
    }

    @Test
    void protectedNamesKeepOnlyTheSurname() {
        assertThat(Masking.personName("张小红")).isEqualTo("张某");
    }
}
