package cn.legalaidhub.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed digests of ID numbers, so the shared feed can be searched by an exact ID without holding
 * it: the feed stores HMAC-SHA256(secret, ID), never the ID.
 */
@Component
public class LookupKeys {

    private final byte[] secret;

    LookupKeys(@Value("${hub.privacy.lookup-secret}") String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("hub.privacy.lookup-secret must be at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String idNumberKey(String idNumber) {
        return digest(idNumber.trim().toUpperCase());
    }

    /** A keyed digest of several values together, e.g. applicant + employer + category for duplicate detection. */
    public String key(String... parts) {
        return digest(String.join("\u001f", parts));
    }

    private String digest(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
