package cn.legalaidhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.support.HubIntegrationTest;
import java.util.List;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without a dead-letter address Artemis silently drops a message after its last attempt. */
class BrokerAddressSettingsIT extends HubIntegrationTest {

    @Autowired
    EmbeddedActiveMQ broker;

    @Autowired
    AgencyRegistry registry;

    @Test
    void everyAddressOfTheBrokerHasADeadLetterAddress() throws Exception {
        ActiveMQServer server = broker.getActiveMQServer();
        as("arbitration-330300").post("/api/v1/referrals", referral().toString());
        List<SimpleString> addresses = List.copyOf(server.getPostOffice().getAddresses());

        assertThat(addresses).extracting(SimpleString::toString)
                .contains(registry.all().stream().map(a -> a.queueName()).toArray(String[]::new));
        for (SimpleString address : addresses) {
            var settings = server.getAddressSettingsRepository().getMatch(address.toString());
            assertThat((Object) settings.getDeadLetterAddress()).as("dead-letter address of %s", address).isNotNull();
            assertThat(settings.isAutoCreateDeadLetterResources()).as("DLQ auto-creation for %s", address).isTrue();
        }
    }
}
