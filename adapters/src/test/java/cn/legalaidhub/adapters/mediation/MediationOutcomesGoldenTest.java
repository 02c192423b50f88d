package cn.legalaidhub.adapters.mediation;

import static cn.legalaidhub.adapters.support.Golden.assertSameJson;
import static cn.legalaidhub.adapters.support.Golden.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.adapters.support.FieldProblem;
import cn.legalaidhub.adapters.support.Golden;
import cn.legalaidhub.contract.ContractSchemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A committee's outcome report → canonical events, against the golden files. */
class MediationOutcomesGoldenTest {

    private final MediationOutcomes outcomes = new MediationOutcomes(Golden.MAPPER);

    @ParameterizedTest
    @ValueSource(strings = {"agreement", "no-agreement"})
    void outcomesBecomeEventsEndingInTheMediationsResult(String name) {
        List<FieldProblem> problems = new ArrayList<>();
        var events = outcomes.outcome(read("mediation", name + ".mediation.json"), problems);

        assertThat(problems).isEmpty();
        assertSameJson(Golden.MAPPER.valueToTree(events), read("mediation", name + ".events.json"));
        events.forEach(e -> assertThat(ContractSchemas.validate(ContractSchemas.STATUS_EVENT, e)).as(e.toString()).isEmpty());
    }
}
