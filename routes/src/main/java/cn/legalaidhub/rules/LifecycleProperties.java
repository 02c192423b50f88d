package cn.legalaidhub.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The legal-aid rules as configuration ({@code hub.lifecycle}, default file {@code lifecycle.yml}):
 * which rules apply, their time limits and thresholds, each with its source, and the holiday
 * calendar. Checked by {@link RuleBook} at start-up.
 */
@ConfigurationProperties("hub.lifecycle")
public class LifecycleProperties {

    private String zone = "Asia/Shanghai";
    private long sweepPeriodMs = 10_000;
    private Calendar calendar = new Calendar();
    private Map<String, RuleEntry> rules = new LinkedHashMap<>();

    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public long getSweepPeriodMs() { return sweepPeriodMs; }
    public void setSweepPeriodMs(long sweepPeriodMs) { this.sweepPeriodMs = sweepPeriodMs; }
    public Calendar getCalendar() { return calendar; }
    public void setCalendar(Calendar calendar) { this.calendar = calendar; }
    public Map<String, RuleEntry> getRules() { return rules; }
    public void setRules(Map<String, RuleEntry> rules) { this.rules = rules; }

    public static class Calendar {
        private String source = "";
        private List<LocalDate> holidays = new ArrayList<>();
        private List<LocalDate> workingWeekends = new ArrayList<>();

        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public List<LocalDate> getHolidays() { return holidays; }
        public void setHolidays(List<LocalDate> holidays) { this.holidays = holidays; }
        public List<LocalDate> getWorkingWeekends() { return workingWeekends; }
        public void setWorkingWeekends(List<LocalDate> workingWeekends) { this.workingWeekends = workingWeekends; }
    }

    public static class RuleEntry {
        private boolean enabled = true;
        private String title;
        private String source;
        private Map<String, String> params = new LinkedHashMap<>();

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public Map<String, String> getParams() { return params; }
        public void setParams(Map<String, String> params) { this.params = params; }
    }
}
