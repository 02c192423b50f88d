package cn.legalaidhub.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A unit's report of one campaign day, as last submitted; {@code nil} is the one-click zero report (零报告). */
record DailyReport(String campaignId, String agencyId, LocalDate day, boolean nil, Map<String, Integer> counts, String note,
        int revision, boolean late, Instant firstSubmittedAt, Instant submittedAt) {
}
