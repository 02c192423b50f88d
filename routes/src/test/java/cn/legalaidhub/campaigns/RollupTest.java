package cn.legalaidhub.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollupTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final StoredCampaign CAMPAIGN = new StoredCampaign("K1", "justice-330000", "根治欠薪冬季专项行动", "330000", DAY,
            DAY.plusDays(30), LocalTime.of(17, 0), List.of(new StoredCampaign.CategoryDef("WAGE", "讨薪"),
            new StoredCampaign.CategoryDef("AID", "援助")), List.of("a", "b", "c", "d"), Instant.EPOCH);
    private static final List<Rollup.Unit> UNITS = List.of(new Rollup.Unit("a", "鹿城", "330302"), new Rollup.Unit("b", "瑞安", "330381"),
            new Rollup.Unit("c", "杭州", "330100"), new Rollup.Unit("d", "太原", "140105"));

    private static DailyReport report(String unit, boolean nil, Map<String, Integer> counts, boolean late) {
        return new DailyReport("K1", unit, DAY, nil, counts, null, 1, late, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void unitsRollUpToTheirCityAndProvinceByDivisionCode() {
        Rollup r = Rollup.of(CAMPAIGN, DAY, UNITS, List.of(report("a", false, Map.of("WAGE", 3, "AID", 1), false),
                report("b", false, Map.of("WAGE", 2), true), report("d", true, Map.of(), false)));

        assertThat(r.units()).extracting(Rollup.UnitRow::status).containsExactly("REPORTED", "REPORTED", "MISSING", "NIL");
        assertThat(r.units().get(1).late()).isTrue();
        assertThat(r.units().get(1).counts()).containsEntry("AID", 0);
        assertThat(r.cities()).extracting(Rollup.AreaRow::region).containsExactly("140100", "330100", "330300");
        Rollup.AreaRow wenzhou = r.cities().get(2);
        assertThat(wenzhou.units()).isEqualTo(2);
        assertThat(wenzhou.counts()).containsEntry("WAGE", 5).containsEntry("AID", 1);
        assertThat(r.provinces()).extracting(a -> a.region() + ":" + a.units() + ":" + a.missing() + ":" + a.counts().get("WAGE"))
                .containsExactly("140000:1:0:0", "330000:3:1:5");
        assertThat(r.total().missingUnits()).containsExactly("c");
        assertThat(r.total().nil()).isEqualTo(1);
    }

    @Test
    void theExportHasARowPerUnitAreaAndTotalAndDefusesFormulas() {
        StoredCampaign tricky = new StoredCampaign("K2", "o", "=HYPERLINK(\"x\")", "330000", DAY, DAY, LocalTime.NOON,
                CAMPAIGN.categories(), List.of("a"), Instant.EPOCH);
        Rollup r = Rollup.of(tricky, DAY, List.of(UNITS.get(0)), List.of());

        assertThat(RollupExport.table(r)).hasSize(1 + 1 + 1 + 1 + 1);
        String csv = new String(RollupExport.csv(r), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains("未报送");
    }
}
