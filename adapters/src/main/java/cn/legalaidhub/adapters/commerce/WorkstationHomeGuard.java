package cn.legalaidhub.adapters.commerce;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;

/**
 * What a workstation may do in its SFTP home: read everything, but write, rename and delete only files
 * directly in {@code /inbox}; {@code processed/}, {@code failed/} and {@code results/} are the hub's.
 * Also tracks which inbox files are still open for writing, so that a file is never read half-uploaded.
 */
final class WorkstationHomeGuard implements SftpEventListener {

    private static final Set<OpenOption> WRITING = Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND,
            StandardOpenOption.CREATE, StandardOpenOption.CREATE_NEW, StandardOpenOption.TRUNCATE_EXISTING);

    private final Workstations workstations;
    private final Map<Path, Integer> openForWriting = new ConcurrentHashMap<>();

    WorkstationHomeGuard(Workstations workstations) {
        this.workstations = workstations;
    }

    /** Whether an SFTP client is still writing this (real) file. */
    boolean isBeingWritten(Path file) {
        return openForWriting.containsKey(file.toAbsolutePath().normalize());
    }

    @Override
    public void opening(ServerSession session, String remoteHandle, Handle localHandle) throws IOException {
        if (localHandle instanceof FileHandle file && file.getOpenOptions().stream().anyMatch(WRITING::contains)) {
            requireInboxFile(file.getFile());
        }
    }

    @Override
    public void open(ServerSession session, String remoteHandle, Handle localHandle) {
        if (localHandle instanceof FileHandle file && file.getOpenOptions().stream().anyMatch(WRITING::contains)) {
            openForWriting.merge(realPath(session, file.getFile()), 1, Integer::sum);
        }
    }

    @Override
    public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
        if (localHandle instanceof FileHandle file && file.getOpenOptions().stream().anyMatch(WRITING::contains)) {
            openForWriting.computeIfPresent(realPath(session, file.getFile()), (p, n) -> n <= 1 ? null : n - 1);
        }
    }

    @Override
    public void creating(ServerSession session, Path path, Map<String, ?> attrs) throws IOException {
        throw new AccessDeniedException(path.toString(), null, "folders are fixed: inbox, processed, failed, results");
    }

    @Override
    public void moving(ServerSession session, Path srcPath, Path dstPath, Collection<CopyOption> opts) throws IOException {
        requireInboxFile(srcPath);
        requireInboxFile(dstPath);
    }

    @Override
    public void removing(ServerSession session, Path path, boolean isDirectory) throws IOException {
        if (isDirectory) {
            throw new AccessDeniedException(path.toString(), null, "folders are fixed: inbox, processed, failed, results");
        }
        requireInboxFile(path);
    }

    @Override
    public void linking(ServerSession session, Path source, Path target, boolean symLink) throws IOException {
        throw new AccessDeniedException(source.toString(), null, "links are not allowed");
    }

    private static void requireInboxFile(Path virtual) throws AccessDeniedException {
        Path p = virtual.toAbsolutePath().normalize();
        if (p.getNameCount() != 2 || !Workstations.INBOX.equals(p.getName(0).toString())) {
            throw new AccessDeniedException(virtual.toString(), null, "only files in /inbox may be written, renamed or deleted");
        }
    }

    /** The real file behind a path of the workstation's virtual home ({@code /inbox/a.csv}). */
    private Path realPath(ServerSession session, Path virtual) {
        String relative = virtual.toAbsolutePath().normalize().toString().replaceFirst("^/+", "");
        return workstations.home(session.getUsername()).resolve(relative).toAbsolutePath().normalize();
    }
}
