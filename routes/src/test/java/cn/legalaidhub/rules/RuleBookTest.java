package cn.legalaidhub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    @Test
    void everyShippedRuleHasASource() {
        RuleBook book = TestRules.shipped();
        assertThat(book.all().keySet()).containsExactlyInAnyOrderElementsOf(RuleIds.ALL);
        assertThat(book.all().values()).allSatisfy(rule -> {
            assertThat(rule.source()).isNotBlank();
            assertThat(rule.title()).matches(".*\\p{IsHan}.*");
        });
        assertThat(book.rule(RuleIds.REVIEW_IN_TIME).limit("within")).contains(TimeLimit.parse("7 days"));
        assertThat(book.rule(RuleIds.OBJECTION_IN_TIME).limit("within")).contains(TimeLimit.parse("5 working-days"));
    }

    @Test
    void namesEveryBadEntryAtStartUp() {
        assertThatThrownBy(() -> TestRules.shipped(p -> {
            p.getRules().get("REVIEW_IN_TIME").getParams().put("within", "a week");
            p.getRules().get("ASSIGN_IN_TIME").setSource(" ");
            p.getRules().remove("COLLECTIVE_CASE");
            p.getRules().put("MAGIC", new LifecycleProperties.RuleEntry());
            p.getCalendar().getWorkingWeekends().add(LocalDate.parse("2026-10-01"));
        })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hub.lifecycle.rules.REVIEW_IN_TIME.params.within: 'a week' is not a time limit")
                .hasMessageContaining("hub.lifecycle.rules.ASSIGN_IN_TIME.source is missing")
                .hasMessageContaining("hub.lifecycle.rules.COLLECTIVE_CASE is not configured")
                .hasMessageContaining("hub.lifecycle.rules.MAGIC: unknown rule")
                .hasMessageContaining("2026-10-01 is both a holiday and a working weekend day");
    }
}
