package cn.legalaidhub.adapters.hotline;

import static cn.legalaidhub.adapters.support.Golden.assertSameJson;
import static cn.legalaidhub.adapters.support.Golden.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.adapters.support.Golden;
import cn.legalaidhub.contract.ContractSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hotline work orders ↔ canonical, against the golden files. */
class HotlineMappingGoldenTest {

    private final HotlineMapping mapping = new HotlineMapping(Golden.MAPPER);

    @Test
    void aWorkOrderBecomesAValidCanonicalReferral() {
        HotlineMapping.Mapped mapped = mapping.workOrder(read("hotline", "work-order-rider-wages.hotline.json"));

        assertThat(mapped.problems()).isEmpty();
        assertSameJson(mapped.document(), read("hotline", "work-order-rider-wages.canonical.json"));
        assertThat(ContractSchemas.validate(ContractSchemas.REFERRAL, mapped.document())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"status-closed, /work-orders/12345-20261120-000231/completion", "status-assigned, /work-orders/12345-20261120-000231/replies"})
    void answersGoBackToTheWorkOrder(String name, String path) {
        HotlineMapping.Outbound call = mapping.toHotline(read("hotline", name + ".envelope.json"));

        assertThat(call.path()).isEqualTo(path);
        assertSameJson(call.document(), read("hotline", name + ".hotline.json"));
    }
}
