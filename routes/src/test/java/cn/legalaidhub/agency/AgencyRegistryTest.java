package cn.legalaidhub.agency;

import cn.legalaidhub.contract.AgencyKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static cn.legalaidhub.agency.TestAgencies.entry;
import static cn.legalaidhub.agency.TestAgencies.registry;

import org.junit.jupiter.api.Test;

class AgencyRegistryTest {

    @Test
    void findsAgenciesByIdAndByKeyButNeverByDigest() {
        AgencyRegistry registry = registry(entry("legalaid-330300", "legalaid", "330300", "inbox", null, "secret-1"));
        assertThat(registry.byApiKey("secret-1")).map(Agency::id).contains("legalaid-330300");
        assertThat(registry.byApiKey(AgencyRegistry.sha256("secret-1"))).isEmpty();
        assertThat(registry.byApiKey("")).isEmpty();
        assertThat(registry.byId("legalaid-330300").orElseThrow().kind()).isEqualTo(AgencyKind.LEGALAID);
    }

    @Test
    void namesEveryBadEntryAtStartUp() {
        AgencyProperties.Entry badRegion = entry("union-1", "union", "33030", "inbox", null, "k1");
        AgencyProperties.Entry badKind = entry("fireguard-1", "fireguard", "330300", "inbox", null, "k2");
        AgencyProperties.Entry noEndpoint = entry("court-1", "court", "330300", "http", null, "k3");
        assertThatThrownBy(() -> registry(badRegion, badKind, noEndpoint))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hub.agencies[0] (id=union-1): region '33030'")
                .hasMessageContaining("hub.agencies[1] (id=fireguard-1): kind 'fireguard'")
                .hasMessageContaining("hub.agencies[2] (id=court-1): transport http needs an http(s) endpoint");
    }

    @Test
    void refusesDuplicateIdsAndKeys() {
        assertThatThrownBy(() -> registry(
                entry("union-1", "union", "330300", "inbox", null, "same"),
                entry("union-2", "union", "330300", "inbox", null, "same")))
                .hasMessageContaining("hub.agencies[1] (id=union-2): api-key-sha256 is already used");
    }

    @Test
    void regionPrefixDropsTrailingZeroPairs() {
        AgencyRegistry registry = registry(
                entry("justice-330000", "legalaid", "330000", "inbox", null, "a"),
                entry("justice-330300", "legalaid", "330300", "inbox", null, "b"),
                entry("justice-320506", "legalaid", "320506", "inbox", null, "c"));
        assertThat(registry.byId("justice-330000").orElseThrow().regionPrefix()).isEqualTo("33");
        assertThat(registry.byId("justice-330300").orElseThrow().regionPrefix()).isEqualTo("3303");
        assertThat(registry.byId("justice-320506").orElseThrow().regionPrefix()).isEqualTo("320506");
    }
}
