package cn.legalaidhub.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.support.TestDatabases;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Campaigns in the ledger on H2 and PostgreSQL: a day started once, reports corrected by compare-and-set, every submission kept. */
class CampaignLedgerIT {

    private static final TestDatabases DATABASES = new TestDatabases();

    static Stream<Arguments> databases() {
        return DATABASES.h2AndPostgres("campaigns_it");
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aCampaignDayStartsOnceAndItsReportsKeepEverySubmission(String name, HikariDataSource ds) {
        CampaignLedger ledger = new CampaignLedger(new JdbcTemplate(TestDatabases.require(ds)), new ObjectMapper().findAndRegisterModules());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate day = LocalDate.of(2026, 12, 1);
        String id = "K" + UUID.randomUUID().toString().substring(0, 8);
        ledger.insert(new StoredCampaign(id, "justice-330300", "根治欠薪冬季专项行动", "330300", day, day.plusDays(9), LocalTime.of(17, 0),
                List.of(new StoredCampaign.CategoryDef("WAGE", "讨薪")), List.of("union-330300", "union-330381"), now));

        StoredCampaign read = ledger.find(id).orElseThrow();
        assertThat(read.cutoff()).isEqualTo(LocalTime.of(17, 0));
        assertThat(read.units()).containsExactly("union-330300", "union-330381");
        assertThat(read.categories()).extracting(StoredCampaign.CategoryDef::label).containsExactly("讨薪");
        assertThat(ledger.notStarted(day.plusDays(3))).contains(id);
        assertThat(ledger.notStarted(day.plusDays(10))).doesNotContain(id);
        assertThat(ledger.startDay(id, day.plusDays(3), now)).isTrue();
        assertThat(ledger.startDay(id, day.plusDays(3), now)).isFalse();
        assertThat(ledger.notStarted(day.plusDays(3))).doesNotContain(id);

        DailyReport first = new DailyReport(id, "union-330300", day, false, Map.of("WAGE", 3), null, 1, false, now, now);
        assertThat(ledger.save(first, null)).isTrue();
        DailyReport correction = new DailyReport(id, "union-330300", day, false, Map.of("WAGE", 4), "补报", 2, true, now, now.plusSeconds(3600));
        assertThat(ledger.save(correction, 1)).isTrue();
        assertThat(ledger.save(new DailyReport(id, "union-330300", day, true, Map.of(), null, 2, true, now, now), 1))
                .as("a correction of a revision that is gone").isFalse();
        assertThat(ledger.report(id, "union-330300", day)).hasValueSatisfying(r -> {
            assertThat(r.counts()).containsEntry("WAGE", 4);
            assertThat(r.late()).isTrue();
            assertThat(r.firstSubmittedAt()).isEqualTo(now);
        });
        assertThat(ledger.revisions(id, "union-330300", day)).extracting(DailyReport::revision).containsExactly(1, 2);
        assertThat(ledger.reports(id, day)).hasSize(1);
        assertThat(ledger.involving("union-330381", 10)).extracting(StoredCampaign::id).contains(id);
    }
}
