package cn.legalaidhub.adapters.union;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook as the Standard Webhooks specification says: {@code webhook-signature: v1,<base64
 * HMAC-SHA256(key, id + "." + timestamp + "." + body)>}, where the secret is written {@code whsec_<base64 key>}.
 */
final class StandardWebhookSigner {

    static final String PREFIX = "whsec_";

    private final byte[] key;

    StandardWebhookSigner(String secret) {
        this.key = decode(secret);
    }

    /** The {@code webhook-signature} header value for one attempt. */
    String sign(String webhookId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((webhookId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The key bytes of a {@code whsec_...} secret; refuses secrets of the wrong form or size (24–64 bytes). */
    static byte[] decode(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A webhook secret has the form whsec_<base64 of 24 to 64 random bytes>");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The webhook secret after whsec_ is not base64", e);
        }
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException("The webhook secret must hold 24 to 64 bytes, not " + key.length);
        }
        return key;
    }
}
