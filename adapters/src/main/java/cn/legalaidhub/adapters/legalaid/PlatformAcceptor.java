package cn.legalaidhub.adapters.legalaid;

import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptor;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Opens the embedded broker to the provincial legal-aid platform: an AMQP 1.0 acceptor
 * ({@code hub.adapters.legalaid.amqp.*}, off by default, 127.0.0.1) and, with it, broker security
 * ({@link PlatformBrokerSecurity}). With a standalone broker, configure its users and the same
 * addresses there instead (adapters/docs/legalaid.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.adapters.legalaid.amqp.enabled", havingValue = "true")
public class PlatformAcceptor {

    static final String ACCEPTOR = "legalaid-platform-amqp";
    private static final Logger log = LoggerFactory.getLogger(PlatformAcceptor.class);

    private final ObjectProvider<EmbeddedActiveMQ> broker;

    PlatformAcceptor(ObjectProvider<EmbeddedActiveMQ> broker) {
        this.broker = broker;
    }

    @Bean
    ArtemisConfigurationCustomizer legalAidPlatformAcceptor(
            org.springframework.core.env.Environment environment) {
        String host = environment.getProperty("hub.adapters.legalaid.amqp.host", "127.0.0.1");
        int port = environment.getProperty("hub.adapters.legalaid.amqp.port", Integer.class, 5673);
        return configuration -> {
            try {
                configuration.addAcceptorConfiguration(ACCEPTOR, "tcp://" + host + ":" + port + "?protocols=AMQP");
            } catch (Exception e) {
                throw new IllegalStateException("Invalid legal-aid platform acceptor " + host + ":" + port, e);
            }
            configuration.setSecurityEnabled(true);
            // a cached login is keyed by user and password only, not by connection: in-VM and remote must not share one
            configuration.setAuthenticationCacheSize(0);
        };
    }

    @Bean
    static BeanPostProcessor legalAidPlatformSecurity(ObjectProvider<PlatformAgencies> platforms) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof EmbeddedActiveMQ embedded) {
                    ActiveMQSecurityManager security = new PlatformBrokerSecurity(platforms.getObject());
                    embedded.setSecurityManager(security);
                }
                return bean;
            }
        };
    }

    /** The port the acceptor listens on (the chosen one when configured as 0). */
    public int port() {
        EmbeddedActiveMQ embedded = broker.getIfAvailable();
        if (embedded == null || embedded.getActiveMQServer() == null) {
            throw new IllegalStateException("The platform acceptor needs the embedded broker (spring.artemis.mode=embedded)");
        }
        return ((NettyAcceptor) embedded.getActiveMQServer().getRemotingService().getAcceptor(ACCEPTOR)).getActualPort();
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (broker.getIfAvailable() != null) {
            log.info("Legal-aid platform AMQP 1.0 acceptor listening on port {}", port());
        }
    }
}
