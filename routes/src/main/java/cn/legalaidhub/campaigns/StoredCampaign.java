package cn.legalaidhub.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A daily-report campaign: its window, daily cut-off (Beijing time), categories and reporting units. */
record StoredCampaign(
        String id,
        String owner,
        String title,
        String region,
        LocalDate startDate,
        LocalDate endDate,
        LocalTime cutoff,
        List<CategoryDef> categories,
        List<String> units,
        Instant createdAt) {

    /** A category units count by, e.g. {@code WAGE_CLAIMS 讨薪求助}. */
    record CategoryDef(String code, String label) {
    }

    boolean runsOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    boolean visibleTo(String agencyId) {
        return owner.equals(agencyId) || units.contains(agencyId);
    }
}
