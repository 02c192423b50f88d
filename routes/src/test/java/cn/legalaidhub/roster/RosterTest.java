package cn.legalaidhub.roster;

import static cn.legalaidhub.agency.TestAgencies.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.agency.TestAgencies;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.notices.Notices;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.TestRules;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who is on duty on the three-party roster: primaries in their windows, backups when no primary is
 * (off hours, days away, holidays of the calendar, dated shifts), the most specific region, and
 * start-up checks naming every bad entry.
 */
class RosterTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final RuleBook RULES = TestRules.shipped();
    private static final AgencyRegistry REGISTRY = TestAgencies.registry(
            entry("legalaid-330300", "legalaid", "330300", "inbox", null, "a"),
            entry("arbitration-330300", "arbitration", "330300", "inbox", null, "b"),
            entry("union-330300", "union", "330300", "inbox", null, "c"),
            entry("union-330381", "union", "330381", "inbox", null, "d"),
            entry("inspection-330300", "inspection", "330300", "inbox", null, "e"));

    @Test
    void aPrimaryAnswersInsideItsWorkingHoursAndTheBackupOutside() {
        Roster roster = roster(region("330300", side("legalaid", "legalaid-330300",
                List.of(person("王晓梅", List.of("WORKDAYS 08:30-17:30"), List.of())),
                List.of(person("郑值班", List.of("WORKDAYS 17:30-08:30", "HOLIDAYS"), List.of())))));

        Roster.OnDuty tuesdayMorning = roster.onDuty("330302", Roster.Side.LEGALAID, at("2026-03-03T10:00")).orElseThrow();
        Roster.OnDuty tuesdayNight = roster.onDuty("330302", Roster.Side.LEGALAID, at("2026-03-03T23:00")).orElseThrow();
        Roster.OnDuty wednesdayDawn = roster.onDuty("330302", Roster.Side.LEGALAID, at("2026-03-04T07:00")).orElseThrow();

        assertThat(names(tuesdayMorning)).containsExactly("王晓梅");
        assertThat(tuesdayMorning.backup()).isFalse();
        assertThat(names(tuesdayNight)).containsExactly("郑值班");
        assertThat(tuesdayNight.backup()).isTrue();
        assertThat(names(wednesdayDawn)).as("the night shift runs over midnight").containsExactly("郑值班");
    }

    @Test
    void publicHolidaysAndMakeUpWorkingDaysFollowTheCalendar() {
        Roster roster = roster(region("330300", side("union", "union-330300",
                List.of(person("李建国", List.of("WORKDAYS 08:30-17:30"), List.of())),
                List.of(person("孙备岗", List.of(), List.of())))));

        // 2026-02-17 (Tuesday) is in the Spring Festival holiday; 2026-02-14 (Saturday) is a make-up working day
        assertThat(names(roster.onDuty("330300", Roster.Side.UNION, at("2026-02-17T10:00")).orElseThrow())).containsExactly("孙备岗");
        assertThat(names(roster.onDuty("330300", Roster.Side.UNION, at("2026-02-14T10:00")).orElseThrow())).containsExactly("李建国");
        assertThat(names(roster.onDuty("330300", Roster.Side.UNION, at("2026-02-15T10:00")).orElseThrow())).containsExactly("孙备岗");
    }

    @Test
    void daysAwayHandTheDutyToTheBackupAndDatedShiftsCountOnlyOnTheirDay() {
        Roster roster = roster(region("330300", side("arbitration", "arbitration-330300",
                List.of(person("陈立新", List.of("MON-FRI 08:30-17:30"), List.of("2026-03-09..2026-03-13")),
                        person("周轮值", List.of("2026-03-14 09:00-12:00"), List.of())),
                List.of(person("赵备岗", List.of(), List.of())))));

        assertThat(names(roster.onDuty("330300", Roster.Side.ARBITRATION, at("2026-03-06T09:00")).orElseThrow())).containsExactly("陈立新");
        assertThat(names(roster.onDuty("330300", Roster.Side.ARBITRATION, at("2026-03-10T09:00")).orElseThrow()))
                .as("on leave that week").containsExactly("赵备岗");
        assertThat(names(roster.onDuty("330300", Roster.Side.ARBITRATION, at("2026-03-14T10:00")).orElseThrow())).containsExactly("周轮值");
        assertThat(names(roster.onDuty("330300", Roster.Side.ARBITRATION, at("2026-03-14T13:00")).orElseThrow())).containsExactly("赵备岗");
    }

    @Test
    void nobodyOnDutyWhenNeitherPrimaryNorBackupIs() {
        Roster roster = roster(region("330300", side("union", "union-330300",
                List.of(person("李建国", List.of("SAT/SUN 09:00-12:00"), List.of())), List.of())));

        Roster.OnDuty monday = roster.onDuty("330300", Roster.Side.UNION, at("2026-03-02T10:00")).orElseThrow();

        assertThat(monday.people()).isEmpty();
        assertThat(monday.names()).contains("无人值班");
        assertThat(names(roster.onDuty("330300", Roster.Side.UNION, at("2026-03-07T10:00")).orElseThrow())).containsExactly("李建国");
    }

    @Test
    void theMostSpecificRegionAnswersAndEscalationsNameTheResponsibleSide() {
        Roster roster = roster(
                region("330000", side("union", "union-330300", List.of(person("省工会", List.of(), List.of())), List.of()),
                        side("legalaid", "legalaid-330300", List.of(person("省援助", List.of(), List.of())), List.of())),
                region("330300", side("union", "union-330381", List.of(person("李建国", List.of(), List.of())), List.of())));
        Instant now = at("2026-03-03T10:00");

        assertThat(roster.regionOf("330381").orElseThrow().region()).isEqualTo("330300");
        assertThat(roster.regionOf("331002").orElseThrow().region()).isEqualTo("330000");
        assertThat(roster.regionOf("140100")).isEmpty();
        List<Notices.Person> union = roster.escalationContacts("330302", AgencyKind.UNION, now);
        assertThat(union).extracting(Notices.Person::name).containsExactly("李建国");
        assertThat(union.get(0).role()).contains("三方专人联系值班联络人", "工会");
        assertThat(union.get(0).agencyId()).isEqualTo("union-330381");
        assertThat(roster.escalationContacts("330302", AgencyKind.INSPECTION, now)).as("not one of the three: the region has no "
                + "legal-aid side in 330300").isEmpty();
        assertThat(roster.escalationContacts("331002", AgencyKind.INSPECTION, now)).extracting(Notices.Person::name)
                .as("not one of the three: legal aid's liaison").containsExactly("省援助");
    }

    @Test
    void dutyWindowsParseTheirForms() {
        assertThat(DutyWindow.parse("MON-FRI 08:30-17:30").covers(LocalDateTime.parse("2026-03-06T17:29"), RULES.calendar())).isTrue();
        assertThat(DutyWindow.parse("MON-FRI 08:30-17:30").covers(LocalDateTime.parse("2026-03-06T17:30"), RULES.calendar())).isFalse();
        assertThat(DutyWindow.parse("FRI-MON").covers(LocalDateTime.parse("2026-03-08T03:00"), RULES.calendar())).as("wraps the week")
                .isTrue();
        assertThat(DutyWindow.parse("DAILY 22:00-24:00").covers(LocalDateTime.parse("2026-03-08T23:59"), RULES.calendar())).isTrue();
        assertThat(DutyWindow.parse("2026-03-08..2026-03-09").covers(LocalDateTime.parse("2026-03-09T23:00"), RULES.calendar())).isTrue();
        for (String bad : List.of("", "MONDAY 08:00-09:00", "MON-FRI 8h", "MON-FRI 09:00-09:00", "2026-13-01", "2026-03-09..2026-03-01",
                "MON 08:00-09:00 extra")) {
            assertThatThrownBy(() -> DutyWindow.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aBadRosterStopsTheHubNamingEveryProblem() {
        assertThatThrownBy(() -> roster(
                region("3303", side("legalaid", "legalaid-330300", List.of(person("王晓梅", List.of(), List.of())), List.of())),
                region("330300",
                        side("court", "legalaid-330300", List.of(person("某", List.of(), List.of())), List.of()),
                        side("union", "nobody", List.of(person("李建国", List.of("MON-XYZ"), List.of())), List.of()),
                        side("arbitration", "union-330300", List.of(), List.of()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hub.roster[0] (region 3303): region '3303' is not a 6-digit")
                .hasMessageContaining("hub.roster[1] (region 330300).sides[0]: side 'court'")
                .hasMessageContaining("sides[1]: agency 'nobody' is not in the registry")
                .hasMessageContaining("sides[1].liaisons[0].duty: 'MON-XYZ'")
                .hasMessageContaining("sides[2]: agency 'union-330300' is of kind 'union', not 'arbitration'")
                .hasMessageContaining("sides[2]: names no liaison");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Roster roster(RosterProperties.RegionEntry... regions) {
        RosterProperties properties = new RosterProperties();
        properties.setRoster(List.of(regions));
        return new Roster(properties, REGISTRY, RULES);
    }

    private static RosterProperties.RegionEntry region(String region, RosterProperties.SideEntry... sides) {
        RosterProperties.RegionEntry e = new RosterProperties.RegionEntry();
        e.setRegion(region);
        e.setSides(List.of(sides));
        return e;
    }

    private static RosterProperties.SideEntry side(String side, String agency, List<RosterProperties.PersonEntry> liaisons,
            List<RosterProperties.PersonEntry> backups) {
        RosterProperties.SideEntry e = new RosterProperties.SideEntry();
        e.setSide(side);
        e.setAgency(agency);
        e.setLiaisons(liaisons);
        e.setBackups(backups);
        return e;
    }

    private static RosterProperties.PersonEntry person(String name, List<String> duty, List<String> off) {
        RosterProperties.PersonEntry p = new RosterProperties.PersonEntry();
        p.setName(name);
        p.setPhone("13905770099");
        p.setDuty(duty);
        p.setOff(off);
        return p;
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private static List<String> names(Roster.OnDuty duty) {
        return duty.people().stream().map(Roster.Person::name).toList();
    }
}
