package cn.legalaidhub.adapters.commerce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SFTP accounts of the workstations: user name = agency id; password and/or public keys from the
 * registry entry's settings, never from code — {@code sftp-password-sha256} (hex SHA-256 of the
 * password) and {@code sftp-authorized-keys} (OpenSSH public key lines, one per line).
 */
final class SftpAccounts implements PasswordAuthenticator, PublickeyAuthenticator {

    static final String PASSWORD_SETTING = "sftp-password-sha256";
    static final String KEYS_SETTING = "sftp-authorized-keys";

    private static final Logger log = LoggerFactory.getLogger(SftpAccounts.class);

    private final Map<String, byte[]> passwordDigests = new LinkedHashMap<>();
    private final Map<String, List<PublicKey>> keys = new LinkedHashMap<>();

    SftpAccounts(Iterable<Workstations.Workstation> workstations) {
        for (Workstations.Workstation w : workstations) {
            String digest = w.settings().get(PASSWORD_SETTING);
            if (digest != null && !digest.isBlank()) {
                if (!digest.trim().matches("^[0-9a-fA-F]{64}$")) {
                    throw new IllegalStateException("Workstation " + w.id() + ": " + PASSWORD_SETTING
                            + " must be the hex SHA-256 digest of the SFTP password");
                }
                passwordDigests.put(w.id(), HexFormat.of().parseHex(digest.trim().toLowerCase()));
            }
            String authorized = w.settings().get(KEYS_SETTING);
            if (authorized != null && !authorized.isBlank()) {
                keys.put(w.id(), parseKeys(w.id(), authorized));
            }
        }
    }

    boolean hasAccount(String agencyId) {
        return passwordDigests.containsKey(agencyId) || keys.containsKey(agencyId);
    }

    @Override
    public boolean authenticate(String username, String password, ServerSession session) {
        byte[] expected = passwordDigests.get(username);
        boolean ok = expected != null && password != null && MessageDigest.isEqual(expected, sha256(password));
        if (!ok) {
            log.info("SFTP password login refused for '{}' from {}", username, session.getClientAddress());
        }
        return ok;
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        for (PublicKey known : keys.getOrDefault(username, List.of())) {
            if (KeyUtils.compareKeys(known, key)) {
                return true;
            }
        }
        return false;
    }

    private static List<PublicKey> parseKeys(String agencyId, String lines) {
        List<PublicKey> parsed = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            try {
                parsed.add(AuthorizedKeyEntry.parseAuthorizedKeyEntry(line.trim())
                        .resolvePublicKey(null, PublicKeyEntryResolver.FAILING));
            } catch (Exception e) {
                throw new IllegalStateException("Workstation " + agencyId + ": a line of " + KEYS_SETTING
                        + " is not an OpenSSH public key: " + e.getMessage(), e);
            }
        }
        return List.copyOf(parsed);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
