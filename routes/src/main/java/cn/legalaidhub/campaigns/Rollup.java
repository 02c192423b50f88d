package cn.legalaidhub.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One day of a campaign rolled up for its owner: every unit with its report (or MISSING), then
 * subtotals by city and by province from the units' GB/T 2260 codes (3303xx → 330300 → 330000), and
 * the grand total. Counts of missing units are not guessed: they count as nothing and are named.
 */
record Rollup(String campaignId, String title, LocalDate day, List<StoredCampaign.CategoryDef> categories, List<UnitRow> units,
        List<AreaRow> cities, List<AreaRow> provinces, AreaRow total) {

    static final String REPORTED = "REPORTED";
    static final String NIL = "NIL";
    static final String MISSING = "MISSING";

    /** A reporting unit as the roll-up needs it. */
    record Unit(String agencyId, String name, String region) {
    }

    record UnitRow(String agencyId, String name, String region, String city, String province, String status, boolean late,
            int revision, Instant submittedAt, Map<String, Integer> counts) {
    }

    record AreaRow(String region, int units, int reported, int nil, int missing, List<String> missingUnits, Map<String, Integer> counts) {
    }

    static Rollup of(StoredCampaign c, LocalDate day, List<Unit> units, List<DailyReport> reports) {
        Map<String, DailyReport> byUnit = new LinkedHashMap<>();
        reports.forEach(r -> byUnit.put(r.agencyId(), r));
        List<UnitRow> rows = new ArrayList<>();
        for (Unit u : units) {
            DailyReport r = byUnit.get(u.agencyId());
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (StoredCampaign.CategoryDef cat : c.categories()) {
                counts.put(cat.code(), r == null || r.nil() ? 0 : r.counts().getOrDefault(cat.code(), 0));
            }
            rows.add(new UnitRow(u.agencyId(), u.name(), u.region(), city(u.region()), province(u.region()),
                    r == null ? MISSING : r.nil() ? NIL : REPORTED, r != null && r.late(), r == null ? 0 : r.revision(),
                    r == null ? null : r.submittedAt(), counts));
        }
        Map<String, List<UnitRow>> cities = new TreeMap<>();
        Map<String, List<UnitRow>> provinces = new TreeMap<>();
        for (UnitRow row : rows) {
            cities.computeIfAbsent(row.city(), k -> new ArrayList<>()).add(row);
            provinces.computeIfAbsent(row.province(), k -> new ArrayList<>()).add(row);
        }
        return new Rollup(c.id(), c.title(), day, c.categories(), rows, cities.entrySet().stream().map(e -> area(e.getKey(), e.getValue(), c))
                .toList(), provinces.entrySet().stream().map(e -> area(e.getKey(), e.getValue(), c)).toList(), area("ALL", rows, c));
    }

    private static AreaRow area(String region, List<UnitRow> rows, StoredCampaign c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        c.categories().forEach(cat -> counts.put(cat.code(), 0));
        int reported = 0;
        int nil = 0;
        List<String> missing = new ArrayList<>();
        for (UnitRow row : rows) {
            switch (row.status()) {
                case REPORTED -> reported++;
                case NIL -> nil++;
                default -> missing.add(row.agencyId());
            }
            row.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
        }
        return new AreaRow(region, rows.size(), reported, nil, missing.size(), missing, counts);
    }

    /** The city (地级) code of a GB/T 2260 code: 330381 → 330300; a municipality's districts → its code. */
    static String city(String region) {
        return region.substring(0, 4) + "00";
    }

    /** The province code: 330381 → 330000. */
    static String province(String region) {
        return region.substring(0, 2) + "0000";
    }
}
