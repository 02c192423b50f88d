package cn.legalaidhub.adapters.commerce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The hub's SFTP server for chamber-of-commerce workstations (Apache MINA SSHD): SFTP only — no shell,
 * no commands, no forwarding — bound to {@code hub.commerce.sftp.host:port}, with a host key kept under
 * the data directory so clients see the same key after a restart. Each workstation logs in with its
 * agency id and sees only its own home folder as {@code /}.
 */
@Component
class CommerceSftpServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CommerceSftpServer.class);

    private final CommerceSettings settings;
    private final Workstations workstations;
    private final WorkstationHomeGuard guard;
    private SshServer server;

    CommerceSftpServer(CommerceSettings settings, Workstations workstations) {
        this.settings = settings;
        this.workstations = workstations;
        this.guard = new WorkstationHomeGuard(workstations);
    }

    WorkstationHomeGuard guard() {
        return guard;
    }

    /** The port the server listens on (the configured one, or the one chosen for port 0), or -1 when not running. */
    int port() {
        return server == null || !server.isOpen() ? -1 : server.getPort();
    }

    @Override
    public void start() {
        if (!settings.sftpEnabled()) {
            return;
        }
        SftpAccounts accounts = new SftpAccounts(workstations.all());
        VirtualFileSystemFactory homes = new VirtualFileSystemFactory(settings.root().resolve(".no-account"));
        for (Workstations.Workstation w : workstations.all()) {
            if (accounts.hasAccount(w.id())) {
                homes.setUserHomeDir(w.id(), workstations.home(w.id()));
            }
        }
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(guard);
        try {
            Files.createDirectories(settings.root());
            server = SshServer.setUpDefaultServer();
            server.setHost(settings.sftpHost());
            server.setPort(settings.sftpPort());
            server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(settings.root().resolve("sftp-host-key.pem")));
            server.setPasswordAuthenticator(accounts);
            server.setPublickeyAuthenticator(accounts);
            server.setKeyboardInteractiveAuthenticator(null);
            server.setFileSystemFactory(homes);
            server.setSubsystemFactories(List.of(sftp));
            server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
            server.setShellFactory(null);
            server.setCommandFactory(null);
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the commerce SFTP server on " + settings.sftpHost() + ":"
                    + settings.sftpPort() + " (hub.commerce.sftp.*)", e);
        }
        log.info("Commerce SFTP server listening on {}:{} for {} workstation account(s)", settings.sftpHost(), server.getPort(),
                workstations.all().stream().filter(w -> accounts.hasAccount(w.id())).count());
    }

    @Override
    public void stop() {
        if (server != null) {
            try {
                server.stop(true);
            } catch (IOException e) {
                log.warn("Commerce SFTP server did not stop cleanly: {}", e.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return server != null && server.isStarted();
    }
}
