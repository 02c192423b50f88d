package cn.legalaidhub.adapters.womensfed;

import static cn.legalaidhub.adapters.support.Golden.assertSameJson;
import static cn.legalaidhub.adapters.support.Golden.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.contract.ContractSchemas;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The women's federation's referrals, flagged and mapped, against the golden files. */
class WomensfedFlagsGoldenTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @ValueSource(strings = {"minor-maintenance", "woman-worker-pregnancy-dismissal"})
    void referralsAreFlaggedAndTheirCategoriesMapped(String name) {
        WomensfedFlags.Flagged flagged = WomensfedFlags.apply(read("womensfed", name + ".womensfed.json"), TODAY);

        assertThat(flagged.problems()).isEmpty();
        assertSameJson(flagged.referral(), read("womensfed", name + ".canonical.json"));
        assertThat(ContractSchemas.validate(ContractSchemas.REFERRAL, flagged.referral())).isEmpty();
    }

    @Test
    void aMinorByIdNumberNeedsARepresentativeAndAGuardiansConsent() {
        ObjectNode referral = (ObjectNode) read("womensfed", "minor-maintenance.womensfed.json");
        referral.remove("agent");
        referral.with("consent").put("legalBasis", "APPLICANT_CONSENT");

        WomensfedFlags.Flagged flagged = WomensfedFlags.apply(referral, TODAY);

        assertThat(flagged.flags()).contains("MINOR");
        assertThat(flagged.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder("agent", "consent.legalBasis");
    }

    @Test
    void theAgeCountsFromTheBirthDateInTheIdNumber() {
        var applicant = read("womensfed", "minor-maintenance.womensfed.json").path("applicant");
        assertThat(WomensfedFlags.age(applicant, LocalDate.of(2030, 8, 4))).isEqualTo(17);
        assertThat(WomensfedFlags.age(applicant, LocalDate.of(2030, 8, 5))).isEqualTo(18);
    }

    @Test
    void anAdultCannotBeFiledAsAMinor() {
        ObjectNode referral = (ObjectNode) read("womensfed", "woman-worker-pregnancy-dismissal.womensfed.json");
        referral.with("applicant").put("group", "MINOR");

        assertThat(WomensfedFlags.apply(referral, TODAY).problems()).extracting(p -> p.code()).contains("minor-age");
    }
}
