package cn.legalaidhub.messaging;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Address settings of the embedded broker, the same as deploy/artemis/broker-address-settings.xml
 * for a standalone one: every address has a dead-letter address (DLQ.&lt;address&gt; queues are
 * created on demand) and redelivery backs off exponentially.
 */
@Configuration(proxyBeanMethods = false)
class BrokerConfiguration {

    static final String DEAD_LETTER_ADDRESS = "DLA";
    static final String EXPIRY_ADDRESS = "ExpiryAddress";

    @Bean
    ArtemisConfigurationCustomizer hubAddressSettings(
            @Value("${hub.delivery.max-attempts}") int maxAttempts,
            @Value("${hub.delivery.redelivery-delay-ms}") long redeliveryDelay,
            @Value("${hub.delivery.max-redelivery-delay-ms}") long maxRedeliveryDelay) {
        return configuration -> {
            AddressSettings settings = new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_ADDRESS))
                    .setAutoCreateDeadLetterResources(true)
                    .setDeadLetterQueuePrefix(SimpleString.of("DLQ."))
                    .setExpiryAddress(SimpleString.of(EXPIRY_ADDRESS))
                    .setAutoCreateExpiryResources(true)
                    .setExpiryQueuePrefix(SimpleString.of("EXP."))
                    .setMaxDeliveryAttempts(maxAttempts)
                    .setRedeliveryDelay(redeliveryDelay)
                    .setRedeliveryMultiplier(2.0)
                    .setMaxRedeliveryDelay(maxRedeliveryDelay)
                    .setAutoCreateQueues(true)
                    .setAutoCreateAddresses(true);
            configuration.addAddressSetting("#", settings);
            configuration.setJMXManagementEnabled(false);
        };
    }
}
