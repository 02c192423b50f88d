package cn.legalaidhub.delivery;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Writes, in batches, when messages for agencies without a server reached their inbox. */
@Component
class InboxArrivalsRoute extends RouteBuilder {

    private final DeliveryRecorder recorder;

    InboxArrivalsRoute(DeliveryRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void configure() {
        from("timer:inbox-available?period={{hub.outbox.mark-period-ms}}").routeId("inbox-available")
                .onException(Exception.class).handled(true)
                    .log(LoggingLevel.WARN, "Inbox arrival times not written: ${exception.message}")
                .end()
                .process(exchange -> recorder.flushAvailable());
    }
}
