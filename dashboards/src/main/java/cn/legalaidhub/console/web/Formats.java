package cn.legalaidhub.console.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Times in Beijing time, time left before a deadline, and amounts in yuan, as the templates show them. */
@Component("fmt")
public class Formats {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    public String time(String iso) {
        Instant at = instant(iso);
        return at == null ? (iso == null ? "" : iso) : TIME.format(at);
    }

    /** "剩余 2天3小时" before the deadline, "已超期 5小时" after it. */
    public String left(String iso) {
        Instant due = instant(iso);
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(Instant.now(), due);
        String span = span(left.abs());
        return left.isNegative() ? "已超期 " + span : "剩余 " + span;
    }

    public boolean past(String iso) {
        Instant due = instant(iso);
        return due != null && Instant.now().isAfter(due);
    }

    public String money(Object amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(String.valueOf(amount));
        } catch (NumberFormatException notANumber) {
            return String.valueOf(amount);
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.SIMPLIFIED_CHINESE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "¥" + format.format(value);
    }

    private static String span(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        if (days > 0) {
            return days + "天" + (hours > 0 ? hours + "小时" : "");
        }
        if (hours > 0) {
            return hours + "小时";
        }
        return Math.max(1, d.toMinutesPart()) + "分钟";
    }

    static Instant instant(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(iso);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
