package cn.legalaidhub.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One configured rule: whether it applies, its Chinese title, its source, and its parameters. */
public record Rule(String id, String title, String source, boolean enabled, Map<String, String> params) {

    public Optional<String> param(String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String text(String name) {
        return param(name).orElseThrow(() -> missing(name));
    }

    public int integer(String name) {
        return Integer.parseInt(text(name));
    }

    public BigDecimal decimal(String name) {
        return new BigDecimal(text(name));
    }

    public List<String> list(String name) {
        return param(name).map(v -> Arrays.stream(v.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList()).orElse(List.of());
    }

    public Optional<TimeLimit> limit(String name) {
        return param(name).map(TimeLimit::parse);
    }

    public boolean flag(String name) {
        return param(name).map(Boolean::parseBoolean).orElse(false);
    }

    private IllegalStateException missing(String name) {
        return new IllegalStateException("hub.lifecycle.rules." + id + ".params." + name + " is not set");
    }
}
