package cn.legalaidhub.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working days of the configured calendar: Monday to Friday, less the public holidays, plus the
 * weekend days worked in exchange (调休). Deadlines end at midnight (local time) after their last day.
 */
public final class WorkingCalendar {

    private final ZoneId zone;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekends;

    public WorkingCalendar(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
        this.zone = zone;
        this.holidays = Set.copyOf(holidays);
        this.workingWeekends = Set.copyOf(workingWeekends);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * When a limit started at {@code start} runs out. The day it starts is not counted: "7 days"
     * from Monday 10:00 ends at the end of the next Monday, moved to the end of the next working day
     * if that day is a holiday or weekend; "5 working-days" ends at the end of the fifth working day
     * after the start day; hours are exact.
     */
    public Instant due(Instant start, TimeLimit limit) {
        LocalDate startDay = start.atZone(zone).toLocalDate();
        return switch (limit.unit()) {
            case SECONDS -> start.plus(Duration.ofSeconds(limit.amount()));
            case HOURS -> start.plus(Duration.ofHours(limit.amount()));
            case DAYS -> endOf(nextWorkingDayFrom(startDay.plusDays(limit.amount())));
            case WORKING_DAYS -> endOf(addWorkingDays(startDay, limit.amount()));
        };
    }

    /** The n-th working day after {@code day} (n = 0: {@code day} itself if working, else the next working day). */
    public LocalDate addWorkingDays(LocalDate day, long n) {
        if (n == 0) {
            return nextWorkingDayFrom(day);
        }
        LocalDate d = day;
        for (long counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Working days after {@code from}'s day up to and including {@code to}'s day (0 if none). */
    public long workingDaysBetween(Instant from, Instant to) {
        LocalDate a = from.atZone(zone).toLocalDate();
        LocalDate b = to.minusNanos(1).atZone(zone).toLocalDate();
        long n = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    public LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Midnight at the end of {@code day}, local time. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
