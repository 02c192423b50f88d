package cn.legalaidhub.roster;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.identifiers.Identifiers;
import cn.legalaidhub.notices.Notices;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The three-party liaison roster (三方专人联系, 晋司发〔2023〕25号 三（一）): for each region, the named
 * liaisons of legal aid, labor arbitration and the union, with their duty windows and backups. It
 * answers who is on duty for a side at a moment — a backup when no primary is — for the copies of
 * cases that involve two of the three, and as the escalation target of overdue items. One bad entry
 * stops the hub at start-up with a message naming it.
 */
@Component
public class Roster {

    /** The three sides of the roster, by the agency kind that plays each. */
    public enum Side {
        LEGALAID(AgencyKind.LEGALAID, "法律援助"),
        ARBITRATION(AgencyKind.ARBITRATION, "劳动仲裁"),
        UNION(AgencyKind.UNION, "工会");

        private final AgencyKind kind;
        private final String label;

        Side(AgencyKind kind, String label) {
            this.kind = kind;
            this.label = label;
        }

        public AgencyKind kind() {
            return kind;
        }

        public String label() {
            return label;
        }

        public String slug() {
            return kind.slug();
        }

        public static Optional<Side> of(AgencyKind kind) {
            return Arrays.stream(values()).filter(s -> s.kind == kind).findFirst();
        }

        static Optional<Side> ofSlug(String slug) {
            return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
        }
    }

    /** A named liaison or backup with the windows of their duty and the days they are away. */
    public record Person(String name, String role, String phone, List<DutyWindow> duty, List<DutyWindow.DayRule> off) {

        boolean onDutyAt(LocalDateTime t, WorkingCalendar calendar) {
            if (off.stream().anyMatch(d -> d.matches(t.toLocalDate(), calendar))) {
                return false;
            }
            return duty.isEmpty() || duty.stream().anyMatch(w -> w.covers(t, calendar));
        }
    }

    public record SideEntry(Side side, Agency agency, List<Person> liaisons, List<Person> backups) {
    }

    public record RegionEntry(String region, String prefix, Map<Side, SideEntry> sides) {
    }

    /** Who answers for a side at a moment: primaries on duty, else backups on duty ({@code backup}), else nobody. */
    public record OnDuty(Side side, Agency agency, List<Person> people, boolean backup, Instant at) {

        /** The people as a notice names them, e.g. role 三方专人联系值班联络人（工会，备岗）. */
        public List<Notices.Person> asNoticePeople() {
            return people.stream().map(p -> new Notices.Person(p.name(), "三方专人联系值班联络人（" + side.label()
                    + (backup ? "，备岗" : "") + (p.role() == null ? "" : "，" + p.role()) + "）", p.phone(), agency.id())).toList();
        }

        /** 李建国（13905770003）、… or 无人值班 */
        public String names() {
            return people.isEmpty() ? "（当前无人值班）" : String.join("、", people.stream()
                    .map(p -> p.name() + (p.phone() == null ? "" : "（" + p.phone() + "）")).toList()) + (backup ? "（备岗）" : "");
        }
    }

    private final List<RegionEntry> regions = new ArrayList<>();
    private final RuleBook rules;

    public Roster(RosterProperties properties, AgencyRegistry registry, RuleBook rules) {
        this.rules = rules;
        List<String> problems = new ArrayList<>();
        List<RosterProperties.RegionEntry> entries = properties.getRoster();
        for (int i = 0; i < entries.size(); i++) {
            RosterProperties.RegionEntry entry = entries.get(i);
            String at = "hub.roster[" + i + "]" + (entry.getRegion() == null ? "" : " (region " + entry.getRegion() + ")");
            if (!Identifiers.isDivisionCode(entry.getRegion())) {
                problems.add(at + ": region '" + entry.getRegion() + "' is not a 6-digit GB/T 2260 division code");
                continue;
            }
            Map<Side, SideEntry> sides = new EnumMap<>(Side.class);
            for (int j = 0; j < entry.getSides().size(); j++) {
                RosterProperties.SideEntry s = entry.getSides().get(j);
                String where = at + ".sides[" + j + "]";
                Optional<Side> side = Side.ofSlug(s.getSide() == null ? "" : s.getSide());
                if (side.isEmpty()) {
                    problems.add(where + ": side '" + s.getSide() + "' is not one of legalaid, arbitration, union");
                    continue;
                }
                Optional<Agency> agency = registry.byId(s.getAgency() == null ? "" : s.getAgency());
                if (agency.isEmpty()) {
                    problems.add(where + ": agency '" + s.getAgency() + "' is not in the registry");
                } else if (agency.get().kind() != side.get().kind()) {
                    problems.add(where + ": agency '" + s.getAgency() + "' is of kind '" + agency.get().kind().slug()
                            + "', not '" + side.get().slug() + "'");
                }
                if (s.getLiaisons().isEmpty()) {
                    problems.add(where + ": names no liaison");
                }
                List<Person> liaisons = people(s.getLiaisons(), where + ".liaisons", problems);
                List<Person> backups = people(s.getBackups(), where + ".backups", problems);
                if (sides.containsKey(side.get())) {
                    problems.add(where + ": side " + side.get().slug() + " is listed twice");
                }
                agency.ifPresent(a -> sides.put(side.get(), new SideEntry(side.get(), a, liaisons, backups)));
            }
            String prefix = prefix(entry.getRegion());
            if (regions.stream().anyMatch(r -> r.region().equals(entry.getRegion()))) {
                problems.add(at + ": region listed twice");
            }
            regions.add(new RegionEntry(entry.getRegion(), prefix, Map.copyOf(sides)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid three-party liaison roster:\n  " + String.join("\n  ", problems));
        }
    }

    private static List<Person> people(List<RosterProperties.PersonEntry> entries, String at, List<String> problems) {
        List<Person> people = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            RosterProperties.PersonEntry p = entries.get(k);
            String where = at + "[" + k + "]";
            if (p.getName() == null || p.getName().isBlank()) {
                problems.add(where + ": name is missing");
            }
            List<DutyWindow> duty = new ArrayList<>();
            for (String w : p.getDuty()) {
                try {
                    duty.add(DutyWindow.parse(w));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ".duty: " + e.getMessage());
                }
            }
            List<DutyWindow.DayRule> off = new ArrayList<>();
            for (String d : p.getOff()) {
                try {
                    off.add(DutyWindow.DayRule.parse(d));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ".off: '" + d + "' is not a day rule: " + e.getMessage());
                }
            }
            people.add(new Person(p.getName(), p.getRole(), p.getPhone(), List.copyOf(duty), List.copyOf(off)));
        }
        return List.copyOf(people);
    }

    /** The roster entry covering a region most narrowly (330302 → 330300 before 330000). */
    public Optional<RegionEntry> regionOf(String region) {
        return region == null ? Optional.empty() : regions.stream().filter(r -> region.startsWith(r.prefix()))
                .max(Comparator.comparingInt(r -> r.prefix().length()));
    }

    /** Who is on duty for a side of a region's roster at {@code at}. */
    public Optional<OnDuty> onDuty(String region, Side side, Instant at) {
        return regionOf(region).map(r -> r.sides().get(side)).map(s -> onDuty(s, at));
    }

    OnDuty onDuty(SideEntry s, Instant at) {
        WorkingCalendar calendar = rules.calendar();
        LocalDateTime local = LocalDateTime.ofInstant(at, calendar.zone());
        List<Person> primaries = s.liaisons().stream().filter(p -> p.onDutyAt(local, calendar)).toList();
        if (!primaries.isEmpty()) {
            return new OnDuty(s.side(), s.agency(), primaries, false, at);
        }
        return new OnDuty(s.side(), s.agency(), s.backups().stream().filter(p -> p.onDutyAt(local, calendar)).toList(), true, at);
    }

    /**
     * The roster liaison an escalation about an agency of {@code responsibleKind} names: the on-duty
     * liaison of that agency's side, or of legal aid's side when the agency is none of the three
     * (the justice bureau supervises through legal aid). Empty when the region has no roster.
     */
    public List<Notices.Person> escalationContacts(String region, AgencyKind responsibleKind, Instant at) {
        Side side = Side.of(responsibleKind).orElse(Side.LEGALAID);
        return onDuty(region, side, at).map(OnDuty::asNoticePeople).orElse(List.of());
    }

    public List<RegionEntry> regions() {
        return List.copyOf(regions);
    }

    /** Region prefix a roster entry covers: 330300 covers 3303xx, 330000 covers 33xxxx. */
    static String prefix(String region) {
        String prefix = region;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
