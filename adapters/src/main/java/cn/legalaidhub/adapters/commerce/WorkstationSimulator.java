package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.adapters.support.HubApiClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * A chamber-of-commerce workstation's system as the hub sees it: it uploads batch files to its SFTP
 * home with a real SFTP client (Apache MINA SSHD), fetches the result files the hub writes back, and
 * reads the status of its referrals from the hub's inbox API. Trusts the hub's host key on first use and
 * refuses a different one afterwards; a real workstation pins the key's fingerprint (adapters/docs/commerce.md).
 */
public final class WorkstationSimulator implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final SshClient client = SshClient.setUpDefaultClient();
    private final String host;
    private final int port;
    private final String agencyId;
    private final String password;
    private final KeyPair key;
    private final HubApiClient hub;
    private volatile PublicKey hostKey;

    /** Logs in with a password ({@code key} null) or a key pair ({@code password} null). */
    public WorkstationSimulator(String host, int port, String agencyId, String password, KeyPair key, HubApiClient hub) {
        this.host = host;
        this.port = port;
        this.agencyId = agencyId;
        this.password = password;
        this.key = key;
        this.hub = hub;
        client.setServerKeyVerifier(this::sameHostKeyAsFirstTime);
        client.start();
    }

    /** Writes a file into {@code /inbox} in one SFTP session, the way a workstation's upload job does. */
    public void upload(String fileName, byte[] content) throws IOException {
        withSftp(sftp -> {
            try (OutputStream out = sftp.write("/inbox/" + fileName)) {
                out.write(content);
            }
            return null;
        });
    }

    /** Streams a file from disk into {@code /inbox}. */
    public void upload(String fileName, java.nio.file.Path file) throws IOException {
        withSftp(sftp -> {
            try (OutputStream out = sftp.write("/inbox/" + fileName)) {
                java.nio.file.Files.copy(file, out);
            }
            return null;
        });
    }

    /** The names of the files in one of the home's folders ({@code inbox}, {@code processed}, {@code failed}, {@code results}). */
    public List<String> list(String folder) throws IOException {
        return withSftp(sftp -> {
            List<String> names = new ArrayList<>();
            for (SftpClient.DirEntry entry : sftp.readDir("/" + folder)) {
                if (entry.getAttributes().isRegularFile()) {
                    names.add(entry.getFilename());
                }
            }
            return names;
        });
    }

    /** The result file the hub wrote back for an uploaded file, once it is there. */
    public Optional<byte[]> result(String uploadedName) throws IOException {
        int dot = uploadedName.lastIndexOf('.');
        String suffix = "_" + (dot > 0 ? uploadedName.substring(0, dot) : uploadedName) + ".result"
                + (dot > 0 ? uploadedName.substring(dot) : "");
        for (String name : list("results")) {
            if (name.endsWith(suffix)) {
                return Optional.of(read("/results/" + name));
            }
        }
        return Optional.empty();
    }

    public byte[] read(String path) throws IOException {
        return withSftp(sftp -> {
            try (InputStream in = sftp.read(path); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                return out.toByteArray();
            }
        });
    }

    /** Tries a write anywhere in the home (e.g. {@code /processed/x.csv}); the hub allows only {@code /inbox}. */
    public void write(String path, byte[] content) throws IOException {
        withSftp(sftp -> {
            try (OutputStream out = sftp.write(path)) {
                out.write(content);
            }
            return null;
        });
    }

    /** The status events of this workstation's referrals that arrived since the last call (hub inbox API). */
    public HubApiClient.Response fetchStatusEvents() throws IOException, InterruptedException {
        return hub.get("/api/v1/inbox?type=STATUS_EVENT&size=200");
    }

    public HubApiClient hub() {
        return hub;
    }

    private synchronized boolean sameHostKeyAsFirstTime(ClientSession session, SocketAddress address, PublicKey key) {
        if (hostKey == null) {
            hostKey = key;
        }
        return KeyUtils.compareKeys(hostKey, key);
    }

    @FunctionalInterface
    private interface SftpWork<T> {
        T run(SftpClient sftp) throws IOException;
    }

    private <T> T withSftp(SftpWork<T> work) throws IOException {
        try (ClientSession session = client.connect(agencyId, host, port).verify(TIMEOUT).getSession()) {
            if (key != null) {
                session.addPublicKeyIdentity(key);
            }
            if (password != null) {
                session.addPasswordIdentity(password);
            }
            session.auth().verify(TIMEOUT);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                return work.run(sftp);
            }
        }
    }

    @Override
    public void close() throws IOException {
        client.stop();
    }
}
