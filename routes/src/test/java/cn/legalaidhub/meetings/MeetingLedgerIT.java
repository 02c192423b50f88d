package cn.legalaidhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.contract.ActionItemState;
import cn.legalaidhub.contract.MeetingStatus;
import cn.legalaidhub.support.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Meetings in the ledger on H2 and PostgreSQL: a meeting round-trips, changes compare its version, items close once. */
class MeetingLedgerIT {

    private static final TestDatabases DATABASES = new TestDatabases();

    static Stream<Arguments> databases() {
        return DATABASES.h2AndPostgres("meetings_it");
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aMeetingRoundTripsAndChangesOnlyFromTheVersionItWasReadAt(String name, HikariDataSource ds) {
        MeetingLedger ledger = new MeetingLedger(new JdbcTemplate(TestDatabases.require(ds)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = "MT" + UUID.randomUUID().toString().substring(0, 8);
        StoredMeeting m = new StoredMeeting(id, "justice-330300", "330300", "联席会议", now.plusSeconds(86_400 * 3), null, "司法局三楼",
                null, now.plusSeconds(86_400 * 2), MeetingStatus.SCHEDULED, null, 0, now, now,
                List.of(new StoredMeeting.Participant("justice-330300", "周文斌", "分管领导", now, MeetingReply.ATTEND, null, null, now),
                        new StoredMeeting.Participant("union-330300", null, null, null, null, null, null, null)),
                List.of(new StoredMeeting.AgendaItem("会商", "监察支队", List.of("R1", "R2"))), null, List.of());

        ledger.insert(m);
        StoredMeeting read = ledger.find(id).orElseThrow();

        assertThat(read.startsAt()).isEqualTo(m.startsAt());
        assertThat(read.participants()).extracting(StoredMeeting.Participant::agencyId).containsExactly("justice-330300", "union-330300");
        assertThat(read.agenda().get(0).referralIds()).containsExactly("R1", "R2");
        assertThat(ledger.involving("union-330300", null, 10)).extracting(StoredMeeting::id).contains(id);
        assertThat(ledger.involving("court-330300", null, 10)).extracting(StoredMeeting::id).doesNotContain(id);

        assertThat(ledger.reschedule(read, read.startsAt().plusSeconds(3600), null, "五楼", null, read.replyBy(), "改期", now)).isTrue();
        assertThat(ledger.reschedule(read, read.startsAt(), null, "六楼", null, read.replyBy(), null, now)).as("stale version").isFalse();
        assertThat(ledger.acknowledge(id, "union-330300", now)).isTrue();
        assertThat(ledger.acknowledge(id, "union-330300", now)).as("once").isFalse();
        ledger.reply(id, "union-330300", MeetingReply.ABSENT, null, "出差", now);
        StoredMeeting changed = ledger.find(id).orElseThrow();
        assertThat(changed.status()).isEqualTo(MeetingStatus.RESCHEDULED);
        assertThat(changed.place()).isEqualTo("五楼");
        assertThat(changed.participant("union-330300").orElseThrow().replyReason()).isEqualTo("出差");

        ledger.resetParticipants(changed, true);
        assertThat(ledger.find(id).orElseThrow().participant("union-330300").orElseThrow().reply()).isNull();
        assertThat(ledger.find(id).orElseThrow().participant("justice-330300").orElseThrow().reply()).as("the convener keeps its own")
                .isEqualTo(MeetingReply.ATTEND);

        assertThat(ledger.setStatus(changed, MeetingStatus.MINUTED, null, now)).isTrue();
        ledger.insertMinutes(id, "纪要", "justice-330300", now, List.of(new StoredMeeting.ActionItem(id + "-A1", id, 1, "约谈",
                "union-330300", LocalDate.of(2026, 12, 1), List.of("R1"), ActionItemState.OPEN, null, null, null)));
        assertThat(ledger.meetingOfItem(id + "-A1")).contains(id);
        assertThat(ledger.closeItem(id + "-A1", "union-330300", "已约谈", now)).isTrue();
        assertThat(ledger.closeItem(id + "-A1", "union-330300", "again", now)).as("once").isFalse();
        StoredMeeting minuted = ledger.find(id).orElseThrow();
        assertThat(minuted.minutes().text()).isEqualTo("纪要");
        assertThat(minuted.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(ActionItemState.DONE);
            assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(a.closingNote()).isEqualTo("已约谈");
        });
    }
}
