package cn.legalaidhub.support;

import cn.legalaidhub.LegalAidHubApplication;
import cn.legalaidhub.adapters.arbitration.ArbitrationInstituteSoapSimulator;
import cn.legalaidhub.adapters.court.CourtSoapSimulator;
import cn.legalaidhub.adapters.legalaid.LegalAidCenterSimulator;
import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.SampleReferrals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole hub runs as in production — embedded Artemis with a
 * persistent journal, an embedded Elasticsearch node, the H2 file ledger — and the tests drive it
 * over HTTP as the agencies' systems would. One legal-aid center simulator receives HTTP pushes;
 * the court's endpoint points at a port where nothing listens.
 */
@SpringBootTest(classes = LegalAidHubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"HUB_AGENCIES=classpath:agencies-it.yml"})
@Import(TestClock.Config.class)
public abstract class HubIntegrationTest {

    protected static final ObjectMapper JSON = new ObjectMapper();
    /** System property a subclass may set, before the hub starts, to sweep clocks at another period than 500 ms. */
    protected static final String SWEEP_PERIOD_PROPERTY = "hub.it.sweep-period-ms";
    protected static final LegalAidCenterSimulator LEGAL_AID = startSimulator();
    private static final Path DATA_DIR = dataDir();
    /** SOAP partners' own callback services (the hub delivers to them); their clients connect in the tests. */
    protected static final ArbitrationInstituteSoapSimulator ARBITRATION_SOAP =
            ArbitrationInstituteSoapSimulator.callbackOnly("127.0.0.1", 0, "hub", "it-callback-secret");
    protected static final CourtSoapSimulator COURT_SOAP = CourtSoapSimulator.callbackOnly("127.0.0.1", 0, "hub", "it-callback-secret");

    @LocalServerPort
    protected int port;

    // one sequence for the whole run: every test gets other applicants, so real duplicate detection never links them
    private static final SampleReferrals SAMPLES = new SampleReferrals(42);

    @DynamicPropertySource
    static void hubProperties(DynamicPropertyRegistry registry) {
        registry.add("hub.data-dir", DATA_DIR::toString);
        registry.add("it.legalaid-endpoint", () -> LEGAL_AID.endpoint().toString());
        registry.add("it.unreachable-endpoint", () -> "http://127.0.0.1:" + freePort() + "/messages");
        registry.add("it.arbitration-callback-endpoint", () -> ARBITRATION_SOAP.callbackServer().soap12Endpoint().toString());
        registry.add("it.court-callback-endpoint", () -> COURT_SOAP.callbackServer().endpoint().toString());
        registry.add("hub.delivery.redelivery-delay-ms", () -> "100");
        registry.add("hub.delivery.max-redelivery-delay-ms", () -> "400");
        registry.add("hub.delivery.max-attempts", () -> "4");
        registry.add("hub.outbox.grace", () -> "2s");
        registry.add("hub.outbox.period-ms", () -> "1000");
        // deadlines fire quickly in the tests; the benchmark measures the hub's default period instead
        registry.add("hub.lifecycle.sweep-period-ms", () -> System.getProperty(SWEEP_PERIOD_PROPERTY, "500"));
        RestPartnerSimulators.register(registry);
        registry.add("hub.commerce.sftp.port", () -> "0");
    }

    protected HubApiClient as(String agencyId) {
        return new HubApiClient(URI.create("http://127.0.0.1:" + port), "it-" + agencyId + "-key");
    }

    protected URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A valid wage-arrears referral with a unique source case number. */
    protected ObjectNode referral() {
        return SAMPLES.wageArrears("IT-" + UUID.randomUUID());
    }

    protected static JsonNode json(HubApiClient.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

    private static LegalAidCenterSimulator startSimulator() {
        try {
            return new LegalAidCenterSimulator("127.0.0.1", 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path dataDir() {
        try {
            Path target = Path.of("target", "it-data");
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "hub-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
