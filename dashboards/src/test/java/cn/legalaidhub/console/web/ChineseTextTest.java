package cn.legalaidhub.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void keepsTheColumnTheMaskedValueAndTheChineseSentenceOfEachProblem() {
        String reason = "「身份证号码」'330302********1234' is not a valid RESIDENT_ID number (region, birth date or GB 11643 check digit). "
                + "身份证号码无效。；「联系电话」'12345' is not a mainland mobile number (11 digits, 1[3-9]…). 联系电话格式有误。";
        assertThat(ChineseText.of(reason)).isEqualTo("「身份证号码」'330302********1234' 身份证号码无效。；「联系电话」'12345' 联系电话格式有误。");
    }

    @Test
    void aChineseFirstProblemKeepsItsValueAndDropsTheEnglish() {
        assertThat(ChineseText.of("「初审日期」'2026-13-01' 不是有效日期，请写作 2026-01-31。 Not a date; write it as 2026-01-31."))
                .isEqualTo("「初审日期」'2026-13-01' 不是有效日期，请写作 2026-01-31。");
        assertThat(ChineseText.of("超过单个文件的行数上限 200000，本行未处理，请拆分文件后重传。 More rows than a file may have (200000); split the file."))
                .isEqualTo("超过单个文件的行数上限 200000，本行未处理，请拆分文件后重传。");
    }

    @Test
    void aProblemWithoutChineseIsKeptWholeAndNothingStaysNothing() {
        assertThat(ChineseText.of("「用人单位」must not be blank.")).isEqualTo("「用人单位」must not be blank.");
        assertThat(ChineseText.of("")).isEmpty();
        assertThat(ChineseText.of(null)).isEmpty();
    }

    @Test
    void anEnglishSentenceQuotingChineseValuesIsNotTakenForTheChineseOne() {
        assertThat(ChineseText.of("satisfaction is required: 1–5 or 满意/基本满意/不满意. 请填写满意度。")).isEqualTo("请填写满意度。");
        assertThat(ChineseText.of("grade must be one of 优秀, 良好, 合格, 不合格 (EXCELLENT, GOOD, PASS, FAIL). 评估等次取值不正确。"))
                .isEqualTo("评估等次取值不正确。");
        assertThat(ChineseText.of("JSON 格式错误。 The body is not JSON.")).isEqualTo("JSON 格式错误。");
    }
}
