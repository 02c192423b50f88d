package cn.legalaidhub.typicalcases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PartyMaskingTest {

    @Test
    void namesIdNumbersAndPhonesInTheWriteUpAreMasked() throws Exception {
        var referral = new ObjectMapper().readTree("""
                {"applicant": {"name": "王建国", "idNumber": "330302198503124411", "phone": "13857712345", "employer": "温州鹿城宏达建设工程有限公司"},
                 "opposingParty": {"name": "温州鹿城宏达建设工程有限公司"}}""");
        PartyMasking masking = new PartyMasking(referral, "农民工");
        assertThat(masking.parties()).isEqualTo("申请人：王某（农民工）；对方当事人：温州某有限公司");
        String text = masking.mask("王建国（身份证330302198503124411，电话13857712345）在温州鹿城宏达建设工程有限公司务工，王建国多次讨薪。");
        assertThat(text).isEqualTo("王某（身份证330302********4411，电话138****2345）在温州某有限公司务工，王某多次讨薪。");
        assertThat(text).doesNotContain("建国", "宏达", "19850312", "5771");
    }

    @Test
    void organisationsKeepTheirPlaceAndKind() {
        assertThat(PartyMasking.organisation("温州市某某劳务派遣有限公司")).isEqualTo("温州某有限公司");
        assertThat(PartyMasking.organisation("张记小吃店")).isEqualTo("张记某店");
        assertThat(PartyMasking.organisation("龙湾项目部")).as("at least one character is hidden").isEqualTo("龙某项目部");
        assertThat(PartyMasking.organisation("宏达")).isEqualTo("某单位");
    }
}
