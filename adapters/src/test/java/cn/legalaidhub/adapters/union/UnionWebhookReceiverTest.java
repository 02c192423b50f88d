package cn.legalaidhub.adapters.union;

import static cn.legalaidhub.adapters.union.StandardWebhookSignerTest.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.adapters.union.UnionWebhookReceiver.Verdict;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workstation's receiver refuses what the specification says a consumer must refuse. */
class UnionWebhookReceiverTest {

    private final Clock atSpecTime = Clock.fixed(Instant.ofEpochSecond(SPEC_TIMESTAMP), ZoneOffset.UTC);
    private UnionWebhookReceiver receiver;

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void acceptsTheSpecificationsExampleWithinTolerance() throws Exception {
        receiver = new UnionWebhookReceiver("127.0.0.1", 0, SPEC_SECRET, atSpecTime);
        assertThat(receiver.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), SPEC_SIGNATURE, bytes(SPEC_BODY))).isEqualTo(Verdict.ACCEPTED);
        assertThat(receiver.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), "v1,bm90IGl0 " + SPEC_SIGNATURE, bytes(SPEC_BODY)))
                .as("one of several space-delimited signatures").isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void refusesATamperedBody() throws Exception {
        receiver = new UnionWebhookReceiver("127.0.0.1", 0, SPEC_SECRET, atSpecTime);
        assertThat(receiver.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), SPEC_SIGNATURE, bytes("{\"test\": 2432232315}")))
                .isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(receiver.verify("msg_other", Long.toString(SPEC_TIMESTAMP), SPEC_SIGNATURE, bytes(SPEC_BODY)))
                .isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void refusesTimestampsMoreThanFiveMinutesOff() throws Exception {
        receiver = new UnionWebhookReceiver("127.0.0.1", 0, SPEC_SECRET,
                Clock.offset(atSpecTime, UnionWebhookReceiver.TOLERANCE.plusSeconds(1)));
        assertThat(receiver.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), SPEC_SIGNATURE, bytes(SPEC_BODY)))
                .as("correctly signed, but too old").isEqualTo(Verdict.BAD_TIMESTAMP);
        receiver.close();
        receiver = new UnionWebhookReceiver("127.0.0.1", 0, SPEC_SECRET,
                Clock.offset(atSpecTime, UnionWebhookReceiver.TOLERANCE.negated().minusSeconds(1)));
        assertThat(receiver.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), SPEC_SIGNATURE, bytes(SPEC_BODY)))
                .as("from the future").isEqualTo(Verdict.BAD_TIMESTAMP);
        receiver.close();
        receiver = new UnionWebhookReceiver("127.0.0.1", 0, SPEC_SECRET,
                Clock.offset(atSpecTime, UnionWebhookReceiver.TOLERANCE));
        assertThat(receiver.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), SPEC_SIGNATURE, bytes(SPEC_BODY)))
                .as("exactly five minutes old").isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void overHttpASignedWebhookIsTakenOnceAndATamperedOneRefused() throws Exception {
        receiver = new UnionWebhookReceiver("127.0.0.1", 0, SPEC_SECRET);
        StandardWebhookSigner signer = new StandardWebhookSigner(SPEC_SECRET);
        String body = "{\"messageId\":\"3b0c5f3e-1111-4c6a-9a57-1b2c3d4e5f60\",\"type\":\"REFERRAL\",\"referralId\":\"R1\"}";
        long now = Instant.now().getEpochSecond();
        String signature = signer.sign("msg_1", now, body);

        assertThat(post("msg_1", now, signature, body)).isEqualTo(204);
        assertThat(post("msg_1", now, signature, body)).as("a repeated delivery").isEqualTo(204);
        assertThat(post("msg_2", now, signer.sign("msg_2", now, body), body.replace("R1", "R2"))).isEqualTo(401);
        assertThat(post("msg_3", now - 301, signer.sign("msg_3", now - 301, body), body)).isEqualTo(401);

        assertThat(receiver.received()).containsOnlyKeys("msg_1");
        assertThat(receiver.verdicts()).containsExactly(Verdict.ACCEPTED, Verdict.DUPLICATE, Verdict.BAD_SIGNATURE, Verdict.BAD_TIMESTAMP);
        assertThat(receiver.hasReferral("R1")).isTrue();
    }

    @Test
    void comesBackOnTheSamePortAfterAStop() throws Exception {
        receiver = new UnionWebhookReceiver("127.0.0.1", 0, SPEC_SECRET);
        var endpoint = receiver.endpoint();
        receiver.stop();
        receiver.start();
        assertThat(receiver.endpoint()).isEqualTo(endpoint);
        long now = Instant.now().getEpochSecond();
        assertThat(post("msg_9", now, new StandardWebhookSigner(SPEC_SECRET).sign("msg_9", now, "{}"), "{}")).isEqualTo(204);
    }

    private int post(String id, long timestamp, String signature, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(receiver.endpoint())
                .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp)).header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
