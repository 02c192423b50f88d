package cn.legalaidhub.adapters.soap;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.support.HubIntegrationTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile XML sent, authenticated, to every SOAP endpoint of the hub (arbitration and court, SOAP 1.1 and
 * 1.2): external entities (a local secret file, a URL), entity expansion ("billion laughs"), an external
 * DTD, absurd nesting and an oversized message. Each is refused with a fault, quickly; no secret appears
 * in the answer, no URL is fetched, and nothing is accepted.
 */
class SoapXmlSecurityIT extends HubIntegrationTest {

    record Door(String name, String path, boolean soap12, String agency, String operation, String typesNs, String caseField) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Door> doors() {
        String arb = "http://ws.legalaidhub.cn/arbitration/v1/types";
        String court = "http://ws.legalaidhub.cn/court/v1/types";
        return List.of(
                new Door("arbitration SOAP 1.1", "/partner/arbitration/ReferralService", false, "arbitration-330302",
                        "SubmitReferral><t:referral", arb, "arbitrationCaseNo"),
                new Door("arbitration SOAP 1.2", "/partner/arbitration/ReferralService12", true, "arbitration-330302",
                        "SubmitReferral><t:referral", arb, "arbitrationCaseNo"),
                new Door("court SOAP 1.1", "/partner/court/AssistanceService", false, "court-330304",
                        "SubmitAssistanceRequest><t:shenqing", court, "anhao"),
                new Door("court SOAP 1.2", "/partner/court/AssistanceService12", true, "court-330304",
                        "SubmitAssistanceRequest><t:shenqing", court, "anhao"));
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger trapHits = new AtomicInteger();
    private HttpServer trap;
    private Path secret;

    @BeforeEach
    void setUp() throws Exception {
        trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", exchange -> {
            trapHits.incrementAndGet();
            byte[] dtd = "<!ENTITY leak 'TRAP-CONTENT'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        trap.start();
        secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "TOP-SECRET-HUB-CONTENT");
    }

    @AfterEach
    void tearDown() throws Exception {
        trap.stop(0);
        Files.deleteIfExists(secret);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doors")
    void externalEntitiesAreRefusedAndNothingLeaks(Door door) throws Exception {
        String caseNo = "XXE-" + UUID.randomUUID();
        String fileEntity = "<!DOCTYPE e [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        assertRefusedForItsDoctype(door, send(door, fileEntity, "&xxe;" + caseNo), caseNo);

        String urlEntity = "<!DOCTYPE e [<!ENTITY xxe SYSTEM \"http://127.0.0.1:" + trap.getAddress().getPort() + "/xxe\">]>";
        assertRefusedForItsDoctype(door, send(door, urlEntity, "&xxe;" + caseNo), caseNo);

        String externalDtd = "<!DOCTYPE e SYSTEM \"http://127.0.0.1:" + trap.getAddress().getPort() + "/evil.dtd\">";
        assertRefusedForItsDoctype(door, send(door, externalDtd, "&leak;" + caseNo), caseNo);

        String parameterEntity = "<!DOCTYPE e [<!ENTITY % remote SYSTEM \"http://127.0.0.1:" + trap.getAddress().getPort()
                + "/p.dtd\"> %remote;]>";
        assertRefusedForItsDoctype(door, send(door, parameterEntity, caseNo), caseNo);

        assertThat(trapHits.get()).as("requests the hub made to the attacker's URL").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doors")
    void entityExpansionIsRefusedQuickly(Door door) throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE e [<!ENTITY lol0 \"lollollollollollollollollollol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String caseNo = "LOL-" + UUID.randomUUID();
        long start = System.nanoTime();
        HttpResponse<String> answer = send(door, dtd.toString(), "&lol9;" + caseNo);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertRefusedForItsDoctype(door, answer, caseNo);
        assertThat(answer.body()).doesNotContain("lollollol");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doors")
    void absurdNestingAndOversizedMessagesAreRefused(Door door) throws Exception {
        String caseNo = "DEEP-" + UUID.randomUUID();
        // in a header, which is read whole before the body is bound: only the depth limit can stop it
        String deep = "<x:a xmlns:x=\"urn:x\">".repeat(200) + "</x:a>".repeat(200);
        HttpResponse<String> tooDeep = send(door, "", "<soap:Header>" + deep + "</soap:Header>", caseNo);
        assertRefused(door, tooDeep, caseNo);
        assertThat(tooDeep.body()).containsIgnoringCase("depth");

        String bigCaseNo = "BIG-" + UUID.randomUUID();
        HttpResponse<String> big = send(door, "", bigCaseNo + "<!--" + "A".repeat(2 * 1024 * 1024) + "-->");
        assertThat(big.statusCode()).isBetween(400, 599);
        assertThat(big.body()).containsIgnoringCase("limit");
        assertNothingAccepted(door, bigCaseNo);
    }

    private void assertRefusedForItsDoctype(Door door, HttpResponse<String> answer, String caseNo) throws Exception {
        assertRefused(door, answer, caseNo);
        assertThat(answer.body()).contains("must not contain a DOCTYPE");
    }

    private void assertRefused(Door door, HttpResponse<String> answer, String caseNo) throws Exception {
        assertThat(answer.statusCode()).as("HTTP status").isIn(400, 500);
        assertThat(answer.body()).contains("Fault").doesNotContain("TOP-SECRET").doesNotContain("TRAP-CONTENT")
                .doesNotContain(secret.toString());
        assertNothingAccepted(door, caseNo);
    }

    private void assertNothingAccepted(Door door, String caseNo) throws Exception {
        String query = "/api/v1/referrals?sourceRef=" + java.net.URLEncoder.encode(caseNo, StandardCharsets.UTF_8);
        assertThat(as(door.agency()).get(query).status()).isEqualTo(404);
    }

    private HttpResponse<String> send(Door door, String doctype, String caseNoContent) throws Exception {
        return send(door, doctype, "", caseNoContent);
    }

    private HttpResponse<String> send(Door door, String doctype, String header, String caseNoContent) throws Exception {
        String envNs = door.soap12() ? "http://www.w3.org/2003/05/soap-envelope" : "http://schemas.xmlsoap.org/soap/envelope/";
        String operation = door.operation();
        String element = operation.substring(0, operation.indexOf('>'));
        String wrapper = operation.substring(operation.indexOf(":") + 1);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + "<soap:Envelope xmlns:soap=\"" + envNs + "\" xmlns:t=\"" + door.typesNs() + "\">" + header + "<soap:Body>"
                + "<t:" + element + "><t:" + wrapper + "><t:" + door.caseField() + ">" + caseNoContent + "</t:" + door.caseField() + ">"
                + "</t:" + wrapper + "></t:" + element + "></soap:Body></soap:Envelope>";
        String action = "urn:legalaidhub:" + (door.agency().startsWith("court") ? "court:" : "arbitration:") + element;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri() + door.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (door.agency() + ":it-" + door.agency() + "-key").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8));
        if (door.soap12()) {
            request.header("Content-Type", "application/soap+xml; charset=UTF-8; action=\"" + action + "\"");
        } else {
            request.header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"" + action + "\"");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
