package cn.legalaidhub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeLimitTest {

    @Test
    void readsTheWaysRulesStateLimits() {
        assertThat(TimeLimit.parse("24 hours")).isEqualTo(new TimeLimit(24, TimeLimit.Unit.HOURS));
        assertThat(TimeLimit.parse("7 days")).isEqualTo(new TimeLimit(7, TimeLimit.Unit.DAYS));
        assertThat(TimeLimit.parse(" 1 working-day ")).isEqualTo(new TimeLimit(1, TimeLimit.Unit.WORKING_DAYS));
        assertThat(TimeLimit.parse("5 Working-Days").label()).isEqualTo("5个工作日");
        assertThat(TimeLimit.parse("30 seconds").unit()).isEqualTo(TimeLimit.Unit.SECONDS);
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> TimeLimit.parse("a week")).hasMessageContaining("'a week' is not a time limit");
        assertThatThrownBy(() -> TimeLimit.parse("7")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeLimit.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
