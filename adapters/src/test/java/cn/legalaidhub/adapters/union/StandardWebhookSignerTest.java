package cn.legalaidhub.adapters.union;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StandardWebhookSignerTest {

    /** The example of the Standard Webhooks specification and its reference libraries. */
    static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long SPEC_TIMESTAMP = 1614265330L;
    static final String SPEC_BODY = "{\"test\": 2432232314}";
    static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsTheSpecificationsExample() {
        assertThat(new StandardWebhookSigner(SPEC_SECRET).sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void theSignatureCoversIdTimestampAndBody() {
        StandardWebhookSigner signer = new StandardWebhookSigner(SPEC_SECRET);
        assertThat(signer.sign("msg_other", SPEC_TIMESTAMP, SPEC_BODY)).isNotEqualTo(SPEC_SIGNATURE);
        assertThat(signer.sign(SPEC_ID, SPEC_TIMESTAMP + 1, SPEC_BODY)).isNotEqualTo(SPEC_SIGNATURE);
        assertThat(signer.sign(SPEC_ID, SPEC_TIMESTAMP, "{\"test\": 2432232315}")).isNotEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void refusesSecretsNotInTheWhsecForm() {
        assertThatThrownBy(() -> new StandardWebhookSigner("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).hasMessageContaining("whsec_");
        assertThatThrownBy(() -> new StandardWebhookSigner("whsec_not*base64")).hasMessageContaining("base64");
        assertThatThrownBy(() -> new StandardWebhookSigner("whsec_c2hvcnQ=")).hasMessageContaining("24 to 64 bytes");
    }
}
