package cn.legalaidhub.support;

import cn.legalaidhub.adapters.hotline.HotlineSimulator;
import cn.legalaidhub.adapters.inspection.LaborInspectionSimulator;
import cn.legalaidhub.adapters.support.RecordingPartnerServer;
import cn.legalaidhub.adapters.union.UnionWebhookReceiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The partner systems of the REST, webhook and AMQP adapters (inspection, union, hotline, legalaid,
 * womensfed, mediation), started once for the whole integration-test JVM; their endpoints go into
 * agencies-it.yml through {@link #register}.
 */
public final class RestPartnerSimulators {

    /** The union-330381 entry's webhook-secret in agencies-it.yml. */
    public static final String UNION_WEBHOOK_SECRET = "whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

    public static final UnionWebhookReceiver UNION = start(() -> new UnionWebhookReceiver("127.0.0.1", 0, UNION_WEBHOOK_SECRET));
    public static final LaborInspectionSimulator INSPECTION = start(() -> new LaborInspectionSimulator("127.0.0.1", 0, 7));
    public static final HotlineSimulator HOTLINE = start(() -> new HotlineSimulator("127.0.0.1", 0, 11));
    public static final RecordingPartnerServer WOMENSFED = start(() -> new RecordingPartnerServer("127.0.0.1", 0, "/messages", null));
    public static final RecordingPartnerServer MEDIATION = start(() -> new RecordingPartnerServer("127.0.0.1", 0, "/messages", null));

    private RestPartnerSimulators() {
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("it.union-webhook-endpoint", () -> UNION.endpoint().toString());
        registry.add("it.inspection-endpoint", () -> INSPECTION.endpoint().toString());
        registry.add("it.hotline-endpoint", () -> HOTLINE.endpoint().toString());
        registry.add("it.womensfed-endpoint", () -> WOMENSFED.endpoint().toString());
        registry.add("it.mediation-endpoint", () -> MEDIATION.endpoint().toString());
        registry.add("hub.adapters.legalaid.amqp.enabled", () -> "true");
        registry.add("hub.adapters.legalaid.amqp.port", () -> "0");
    }

    private interface Starter<T> {
        T start() throws IOException;
    }

    private static <T> T start(Starter<T> starter) {
        try {
            return starter.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
