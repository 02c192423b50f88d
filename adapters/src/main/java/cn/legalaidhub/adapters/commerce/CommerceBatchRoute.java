package cn.legalaidhub.adapters.commerce;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The batch-file flow of the chamber-of-commerce workstations: every {@code hub.commerce.poll-delay-ms}
 * the inboxes are scanned and ready files claimed ({@link BatchInbox}); each claimed file is read by one
 * of {@code hub.commerce.concurrent-batches} workers ({@link BatchProcessor}). HTTPS uploads join the
 * same flow at {@value #BATCHES}.
 */
@Component
class CommerceBatchRoute extends RouteBuilder {

    static final String BATCHES = "seda:commerce-batches";

    private static final Logger log = LoggerFactory.getLogger(CommerceBatchRoute.class);

    private final BatchInbox inbox;
    private final BatchProcessor processor;

    CommerceBatchRoute(BatchInbox inbox, BatchProcessor processor) {
        this.inbox = inbox;
        this.processor = processor;
    }

    @Override
    public void configure() {
        from("scheduler:commerce-inbox?initialDelay=1000&delay={{hub.commerce.poll-delay-ms:1000}}")
                .routeId("commerce-batch-scan")
                .process(e -> e.getMessage().setBody(inbox.scan()))
                .split(body())
                    .to(BATCHES + "?blockWhenFull=true")
                .end();

        from(BATCHES + "?concurrentConsumers={{hub.commerce.concurrent-batches:2}}&size=10000")
                .routeId("commerce-batch")
                .process(this::process);
    }

    private void process(Exchange exchange) {
        BatchInbox.Claimed claimed = exchange.getMessage().getBody(BatchInbox.Claimed.class);
        boolean retry = false;
        try {
            processor.process(claimed, inbox);
        } catch (Exception e) {
            retry = true;
            log.warn("Batch {} of {} could not be finished now; it stays in the spool and is read again later: {}",
                    claimed.batchId(), claimed.agency(), e.toString());
        } finally {
            inbox.release(claimed.batchId(), retry);
        }
    }
}
