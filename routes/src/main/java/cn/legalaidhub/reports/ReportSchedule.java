package cn.legalaidhub.reports;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.AfterSweep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At the end of each quarter and half-year (end of March, June, September, December), the report of the
 * period just ended is generated for the region of every coordinator agency. It runs after the clock
 * sweep, so under its lease one replica at a time; and a report is stored only if none exists for its
 * (period, region) — a unique key in the ledger — so two replicas never store it twice.
 */
@Component
class ReportSchedule implements AfterSweep {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

    private final Reports reports;
    private final ReportLedger ledger;
    private final PeriodicReports periodic;
    private final AgencyRegistry registry;
    private final boolean enabled;
    private final int catchUpDays;

    ReportSchedule(Reports reports, ReportLedger ledger, PeriodicReports periodic, AgencyRegistry registry,
            @Value("${hub.reports.schedule-enabled:true}") boolean enabled, @Value("${hub.reports.catch-up-days:31}") int catchUpDays) {
        this.reports = reports;
        this.ledger = ledger;
        this.periodic = periodic;
        this.registry = registry;
        this.enabled = enabled;
        this.catchUpDays = catchUpDays;
    }

    @Override
    public void run(Instant now) {
        if (!enabled) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, periodic.zone());
        List<ReportPeriod> due = ReportPeriod.lastEnded(today).stream()
                .filter(p -> !today.isAfter(p.to().plusDays(catchUpDays))).toList();
        if (due.isEmpty()) {
            return;
        }
        TreeSet<String> regions = new TreeSet<>();
        registry.all().stream().filter(Agency::coordinator).map(Agency::region).forEach(regions::add);
        List<String> ids = new ArrayList<>();
        due.forEach(p -> regions.forEach(r -> ids.add(ReportLedger.id(p, r))));
        List<String> done = ledger.existing(ids);
        for (ReportPeriod p : due) {
            for (String region : regions) {
                if (done.contains(ReportLedger.id(p, region))) {
                    continue;
                }
                try {
                    if (reports.generateIfAbsent(p, region, now)) {
                        log.info("Generated the {} report of region {} ({})", p.code(), region, p.label());
                    }
                } catch (RuntimeException e) {
                    log.warn("The {} report of region {} could not be generated: {}", p.code(), region, e.toString());
                }
            }
        }
    }
}
