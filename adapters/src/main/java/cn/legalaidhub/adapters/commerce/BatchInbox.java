package cn.legalaidhub.adapters.commerce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where batch files wait, and how the hub takes them without ever losing or repeating one.
 *
 * <p>A file in a workstation's {@code inbox/} is <em>ready</em> when no SFTP client has it open for
 * writing and either its done-file {@code <name>.done} exists or it has not changed for
 * {@code hub.commerce.stable-for}. Temporary names ({@code .*}, {@code *.part}, {@code *.filepart},
 * {@code *.tmp}) are never taken. To <em>claim</em> a ready file the hub records a batch
 * ({@code RECEIVED}) and then moves the file atomically into its spool as {@code <batch id>__<name>}.
 * From then on the spool file is the work to do: it stays there until its batch is finished and is then
 * moved to {@code processed/} or {@code failed/}. After a crash every step is resumed from what is on
 * disk and in the table: a spool file whose batch is unfinished is read again (the hub's door answers a
 * row already accepted with the same referral, so nothing is created twice); one whose batch is finished
 * is only moved; a {@code RECEIVED} batch without a spool file was never taken and is forgotten.
 */
@Component
class BatchInbox {

    private static final Logger log = LoggerFactory.getLogger(BatchInbox.class);
    private static final String SEPARATOR = "__";
    private static final String DONE_SUFFIX = ".done";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    /** A claimed file: its batch and where the hub keeps it while working on it. */
    record Claimed(String batchId, String agency, String fileName, Path spoolFile) {
    }

    private final Workstations workstations;
    private final BatchLedger ledger;
    private final CommerceSettings settings;
    private final CommerceSftpServer sftp;
    private final Clock clock = Clock.systemUTC();
    private final Instant startedAt = clock.instant();
    private final SecureRandom random = new SecureRandom();
    private final Object claimLock = new Object();
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> notBefore = new ConcurrentHashMap<>();
    private volatile boolean recovered;

    BatchInbox(Workstations workstations, BatchLedger ledger, CommerceSettings settings, CommerceSftpServer sftp) {
        this.workstations = workstations;
        this.ledger = ledger;
        this.settings = settings;
        this.sftp = sftp;
    }

    /**
     * One pass: claims the ready inbox files, finishes interrupted moves, and returns the claimed files
     * whose reading is due (each is then marked in progress until {@link #release}).
     */
    List<Claimed> scan() throws IOException {
        if (!recovered) {
            recoverOnce();
        }
        for (Workstations.Workstation w : workstations.all()) {
            for (Path file : readyFiles(w.id())) {
                try {
                    claim(w.id(), file, file.getFileName().toString(), BatchLedger.Channel.SFTP);
                } catch (IOException | RuntimeException e) {
                    log.warn("Could not take {} of workstation {}: {}", file.getFileName(), w.id(), e.toString());
                }
            }
        }
        List<Claimed> due = new ArrayList<>();
        for (Workstations.Workstation w : workstations.all()) {
            for (Claimed claimed : spooled(w.id())) {
                Optional<BatchLedger.Batch> batch = ledger.find(claimed.batchId());
                if (batch.isPresent() && batch.get().finished()) {
                    moveAway(claimed, batch.get().status());
                } else if (batch.isEmpty()) {
                    record(claimed, BatchLedger.Channel.SFTP);
                } else if (isDue(claimed.batchId()) && inProgress.add(claimed.batchId())) {
                    due.add(claimed);
                }
            }
        }
        return due;
    }

    /** Takes a complete file (from the inbox, or an upload's temporary file) as a new batch; returns it. */
    Claimed claim(String agency, Path source, String fileName, BatchLedger.Channel channel) throws IOException {
        String name = safeFileName(fileName);
        Digest digest = digest(source);
        String id = newBatchId();
        Path spoolFile = workstations.spool(agency).resolve(id + SEPARATOR + name);
        synchronized (claimLock) {
            ledger.insert(id, agency, name, BatchFormat.of(name).orElse(BatchFormat.UNSUPPORTED), channel, digest.size(), digest.sha256());
            try {
                Files.move(source, spoolFile, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                ledger.delete(id);
                throw e;
            }
        }
        Path doneFile = source.resolveSibling(source.getFileName() + DONE_SUFFIX);
        Files.deleteIfExists(doneFile);
        log.info("Batch {} received from workstation {} over {}: {} ({} bytes)", id, agency, channel, name, digest.size());
        return new Claimed(id, agency, name, spoolFile);
    }

    /** Marks a just-claimed batch as in progress, so that no scan hands it out as well; false if it already is. */
    boolean begin(String batchId) {
        return inProgress.add(batchId);
    }

    /** The batch is no longer being worked on; if it failed for a passing reason it is tried again after a pause. */
    void release(String batchId, boolean retryLater) {
        if (retryLater) {
            notBefore.put(batchId, clock.instant().plus(settings.retryAfter()));
        } else {
            notBefore.remove(batchId);
        }
        inProgress.remove(batchId);
    }

    /** Moves a finished batch's file out of the spool, to {@code processed/} or {@code failed/}. */
    void moveAway(Claimed claimed, BatchLedger.Status status) throws IOException {
        String folder = status == BatchLedger.Status.DONE ? Workstations.PROCESSED : Workstations.FAILED;
        Path target = workstations.folder(claimed.agency(), folder).resolve(claimed.batchId() + "_" + claimed.fileName());
        Files.move(claimed.spoolFile(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private boolean isDue(String batchId) {
        Instant due = notBefore.get(batchId);
        return due == null || !clock.instant().isBefore(due);
    }

    private List<Path> readyFiles(String agency) throws IOException {
        Path inbox = workstations.folder(agency, Workstations.INBOX);
        List<Path> ready = new ArrayList<>();
        Instant stableSince = clock.instant().minus(settings.stableFor());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file) || isTemporary(name) || sftp.guard().isBeingWritten(file)) {
                    continue;
                }
                if (name.toLowerCase(Locale.ROOT).endsWith(DONE_SUFFIX)) {
                    Path data = file.resolveSibling(name.substring(0, name.length() - DONE_SUFFIX.length()));
                    if (!Files.exists(data) && Files.getLastModifiedTime(file).toInstant().isBefore(stableSince)) {
                        Files.deleteIfExists(file);
                    }
                    continue;
                }
                boolean doneFile = Files.exists(file.resolveSibling(name + DONE_SUFFIX));
                if (doneFile || Files.getLastModifiedTime(file).toInstant().isBefore(stableSince)) {
                    ready.add(file);
                }
            }
        }
        ready.sort(null);
        return ready;
    }

    static boolean isTemporary(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith(".") || n.endsWith(".part") || n.endsWith(".filepart") || n.endsWith(".tmp") || n.startsWith("~$");
    }

    private List<Claimed> spooled(String agency) throws IOException {
        List<Claimed> claimed = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(workstations.spool(agency))) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                int separator = name.indexOf(SEPARATOR);
                if (!name.startsWith(".") && separator > 0 && Files.isRegularFile(file)) {
                    claimed.add(new Claimed(name.substring(0, separator), agency, name.substring(separator + SEPARATOR.length()), file));
                }
            }
        }
        claimed.sort((a, b) -> a.batchId().compareTo(b.batchId()));
        return claimed;
    }

    /** After a restart: forget batches that were never taken, drop uploads and result files left half-written before it. */
    private void recoverOnce() throws IOException {
        synchronized (claimLock) {
            for (BatchLedger.Batch batch : ledger.unfinished()) {
                Path spoolFile = workstations.spool(batch.agency()).resolve(batch.id() + SEPARATOR + batch.fileName());
                if (batch.status() == BatchLedger.Status.RECEIVED && !Files.exists(spoolFile)) {
                    ledger.delete(batch.id());
                }
            }
            for (Workstations.Workstation w : workstations.all()) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(workstations.spool(w.id()), ".*")) {
                    for (Path temporary : files) {
                        if (Files.getLastModifiedTime(temporary).toInstant().isBefore(startedAt)) {
                            Files.deleteIfExists(temporary);
                        }
                    }
                }
            }
            recovered = true;
        }
    }

    /** A spool file without its batch row (the hub stopped between the two): record it now. */
    private void record(Claimed claimed, BatchLedger.Channel channel) throws IOException {
        Digest digest = digest(claimed.spoolFile());
        ledger.insert(claimed.batchId(), claimed.agency(), claimed.fileName(),
                BatchFormat.of(claimed.fileName()).orElse(BatchFormat.UNSUPPORTED), channel, digest.size(), digest.sha256());
    }

    private String newBatchId() {
        StringBuilder id = new StringBuilder("B").append(DAY.format(clock.instant())).append('-');
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    /** The last segment of a client-supplied name, without characters that are unsafe in file names. */
    static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").trim();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    record Digest(long size, String sha256) {
    }

    static Digest digest(Path file) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                size = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new Digest(size, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
