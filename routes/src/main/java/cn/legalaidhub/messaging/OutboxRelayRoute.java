package cn.legalaidhub.messaging;

import cn.legalaidhub.ledger.ReferralLedger;
import java.time.Duration;
import java.time.Instant;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends again what the ledger holds but the broker never got (the hub stopped between the commit
 * and the send). Delivery is idempotent by message id, so a message sent twice arrives once.
 */
@Component
class OutboxRelayRoute extends RouteBuilder {

    private final ReferralLedger ledger;
    private final MessagePublisher publisher;
    private final Duration grace;

    OutboxRelayRoute(ReferralLedger ledger, MessagePublisher publisher, @Value("${hub.outbox.grace}") Duration grace) {
        this.ledger = ledger;
        this.publisher = publisher;
        this.grace = grace;
    }

    @Override
    public void configure() {
        from("timer:outbox-enqueued?period={{hub.outbox.mark-period-ms}}").routeId("outbox-enqueued")
                .process(exchange -> publisher.flushEnqueued());

        from("timer:outbox-relay?delay={{hub.outbox.initial-delay-ms}}&period={{hub.outbox.period-ms}}")
                .routeId("outbox-relay")
                .process(exchange -> {
                    int sent;
                    do {
                        var pending = ledger.unenqueued(Instant.now().minus(grace), 500);
                        pending.forEach(publisher::publish);
                        sent = pending.size();
                        if (sent > 0) {
                            log.info("Outbox relay sent {} message(s) the broker had not received", sent);
                        }
                    } while (sent == 500);
                });
    }
}
