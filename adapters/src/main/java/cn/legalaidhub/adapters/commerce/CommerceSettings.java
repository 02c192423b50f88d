package cn.legalaidhub.adapters.commerce;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The {@code hub.commerce.*} settings (application.yml; documented in adapters/docs/commerce.md). */
@Component
class CommerceSettings {

    private final Path root;
    private final int chunkSize;
    private final int maxRows;
    private final Duration stableFor;
    private final Duration retryAfter;
    private final long maxUploadBytes;
    private final boolean sftpEnabled;
    private final String sftpHost;
    private final int sftpPort;

    CommerceSettings(@Value("${hub.data-dir}") Path dataDir,
            @Value("${hub.commerce.chunk-size:500}") int chunkSize,
            @Value("${hub.commerce.max-rows:200000}") int maxRows,
            @Value("${hub.commerce.stable-for:2s}") Duration stableFor,
            @Value("${hub.commerce.retry-after:30s}") Duration retryAfter,
            @Value("${hub.commerce.max-upload-size:100MB}") DataSize maxUploadSize,
            @Value("${hub.commerce.sftp.enabled:true}") boolean sftpEnabled,
            @Value("${hub.commerce.sftp.host:127.0.0.1}") String sftpHost,
            @Value("${hub.commerce.sftp.port:2222}") int sftpPort) {
        this.root = dataDir.toAbsolutePath().resolve("commerce");
        this.chunkSize = chunkSize;
        this.maxRows = maxRows;
        this.stableFor = stableFor;
        this.retryAfter = retryAfter;
        this.maxUploadBytes = maxUploadSize.toBytes();
        this.sftpEnabled = sftpEnabled;
        this.sftpHost = sftpHost;
        this.sftpPort = sftpPort;
    }

    /** {@code <hub.data-dir>/commerce}: one home folder per workstation, and the hub's own spool. */
    Path root() {
        return root;
    }

    int chunkSize() {
        return chunkSize;
    }

    int maxRows() {
        return maxRows;
    }

    Duration stableFor() {
        return stableFor;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    long maxUploadBytes() {
        return maxUploadBytes;
    }

    boolean sftpEnabled() {
        return sftpEnabled;
    }

    String sftpHost() {
        return sftpHost;
    }

    int sftpPort() {
        return sftpPort;
    }
}
