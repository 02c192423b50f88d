package cn.legalaidhub.roster;

import cn.legalaidhub.rules.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * When a liaison is on duty, as the roster writes it: a day rule and an optional time range.
 * <ul>
 * <li>{@code ALWAYS} — every day, all day;</li>
 * <li>{@code WORKDAYS 08:30-17:30} — working days of the holiday calendar (调休 weekends in, holidays out);</li>
 * <li>{@code HOLIDAYS 09:00-17:00} — the days that are not working days (weekends and public holidays);</li>
 * <li>{@code DAILY 22:00-08:00} — every day; a range ending before it starts runs over midnight;</li>
 * <li>{@code MON-FRI 08:30-12:00}, {@code SAT/SUN}, {@code TUE} — days of the week;</li>
 * <li>{@code 2026-02-15 08:00-20:00}, {@code 2026-02-15..2026-02-23} — dated shifts.</li>
 * </ul>
 * Without a time range the window is the whole day. Days are local days of the calendar's zone.
 */
public record DutyWindow(String text, DayRule days, LocalTime from, LocalTime to) {

    /** Which days a window (or an absence) covers. */
    public record DayRule(String text, Kind kind, Set<DayOfWeek> weekdays, LocalDate first, LocalDate last) {

        enum Kind { ALWAYS, WORKDAYS, HOLIDAYS, WEEKDAYS, DATES }

        public boolean matches(LocalDate day, WorkingCalendar calendar) {
            return switch (kind) {
                case ALWAYS -> true;
                case WORKDAYS -> calendar.isWorkingDay(day);
                case HOLIDAYS -> !calendar.isWorkingDay(day);
                case WEEKDAYS -> weekdays.contains(day.getDayOfWeek());
                case DATES -> !day.isBefore(first) && !day.isAfter(last);
            };
        }

        /** {@code ALWAYS}, {@code DAILY}, {@code WORKDAYS}, {@code HOLIDAYS}, {@code MON-FRI}, {@code SAT/SUN}, a date or {@code date..date}. */
        public static DayRule parse(String text) {
            String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
            if (t.isEmpty()) {
                throw new IllegalArgumentException("a day rule is empty; write e.g. WORKDAYS, MON-FRI or 2026-02-15");
            }
            switch (t) {
                case "ALWAYS", "DAILY" -> {
                    return new DayRule(text.trim(), Kind.ALWAYS, Set.of(), null, null);
                }
                case "WORKDAYS" -> {
                    return new DayRule(text.trim(), Kind.WORKDAYS, Set.of(), null, null);
                }
                case "HOLIDAYS" -> {
                    return new DayRule(text.trim(), Kind.HOLIDAYS, Set.of(), null, null);
                }
                default -> { }
            }
            if (Character.isDigit(t.charAt(0))) {
                String[] range = t.split("\\.\\.", -1);
                try {
                    LocalDate first = LocalDate.parse(range[0]);
                    LocalDate last = range.length == 2 ? LocalDate.parse(range[1]) : first;
                    if (range.length > 2 || last.isBefore(first)) {
                        throw new IllegalArgumentException("'" + text + "': a date range is first..last, last not before first");
                    }
                    return new DayRule(text.trim(), Kind.DATES, Set.of(), first, last);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a date (2026-02-15) or date range (2026-02-15..2026-02-23)");
                }
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String part : t.split("/")) {
                String[] range = part.split("-", -1);
                if (range.length > 2) {
                    throw new IllegalArgumentException("'" + text + "': a weekday range is like MON-FRI");
                }
                DayOfWeek a = weekday(range[0], text);
                DayOfWeek b = range.length == 2 ? weekday(range[1], text) : a;
                for (DayOfWeek d = a; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == b) {
                        break;
                    }
                }
            }
            return new DayRule(text.trim(), Kind.WEEKDAYS, Set.copyOf(days), null, null);
        }

        private static DayOfWeek weekday(String abbreviation, String text) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().startsWith(abbreviation) && abbreviation.length() == 3) {
                    return d;
                }
            }
            throw new IllegalArgumentException("'" + text + "': '" + abbreviation + "' is not one of ALWAYS, DAILY, WORKDAYS, "
                    + "HOLIDAYS, MON..SUN (MON-FRI, SAT/SUN), a date or a date range");
        }
    }

    public static DutyWindow parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a duty window is empty; write e.g. 'WORKDAYS 08:30-17:30' or 'ALWAYS'");
        }
        String[] parts = text.trim().split("\\s+");
        if (parts.length > 2) {
            throw new IllegalArgumentException("'" + text + "' is not '<days> [HH:mm-HH:mm]', e.g. 'MON-FRI 08:30-17:30'");
        }
        DayRule days = DayRule.parse(parts[0]);
        if (parts.length == 1) {
            return new DutyWindow(text.trim(), days, LocalTime.MIDNIGHT, null);
        }
        String[] times = parts[1].split("-", -1);
        if (times.length != 2) {
            throw new IllegalArgumentException("'" + text + "': the time range is HH:mm-HH:mm, e.g. 08:30-17:30 or 22:00-08:00");
        }
        LocalTime from = time(times[0], text);
        LocalTime to = "24:00".equals(times[1]) ? null : time(times[1], text);
        if (from.equals(to)) {
            throw new IllegalArgumentException("'" + text + "': the time range is empty");
        }
        return new DutyWindow(text.trim(), days, from, to);
    }

    private static LocalTime time(String value, String text) {
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "': '" + value + "' is not a time HH:mm");
        }
    }

    /** True if the window covers this local moment; a range over midnight belongs to the day it starts on. */
    public boolean covers(LocalDateTime t, WorkingCalendar calendar) {
        LocalDate day = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        boolean overnight = to != null && to.isBefore(from);
        if (!overnight) {
            return days.matches(day, calendar) && !time.isBefore(from) && (to == null || time.isBefore(to));
        }
        return days.matches(day, calendar) && !time.isBefore(from) || days.matches(day.minusDays(1), calendar) && time.isBefore(to);
    }
}
