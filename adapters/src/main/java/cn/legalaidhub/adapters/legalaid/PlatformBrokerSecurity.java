package cn.legalaidhub.adapters.legalaid;

import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;

/**
 * Security of the embedded broker once the platform acceptor is open. The hub itself connects in-VM
 * and may do anything; a connection from outside must log in as a legal-aid platform (agency id +
 * API key) and may only send to its own {@code hub.in.legalaid.<id>} and receive from its own
 * {@code partner.<id>.inbox}.
 */
class PlatformBrokerSecurity implements ActiveMQSecurityManager5 {

    static final String HUB = "hub-in-vm";

    private final PlatformAgencies platforms;

    PlatformBrokerSecurity(PlatformAgencies platforms) {
        this.platforms = platforms;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (connection != null && connection.getTransportConnection() instanceof InVMConnection) {
            return subject(HUB);
        }
        Optional<PlatformAgencies.Platform> platform = platforms.authenticate(user, password);
        return platform.map(p -> subject(p.id())).orElse(null);
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == null) {
            return false;
        }
        String user = subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst().orElse(null);
        if (HUB.equals(user)) {
            return true;
        }
        if (user == null) {
            return false;
        }
        int fqqn = address.indexOf("::");
        String bare = fqqn < 0 ? address : address.substring(0, fqqn);
        boolean ownInbound = bare.equals(PlatformAgencies.inboundQueue(user));
        boolean ownInbox = bare.equals(PlatformAgencies.partnerInbox(user));
        return switch (checkType) {
            case SEND -> ownInbound;
            case CONSUME, BROWSE -> ownInbox;
            case CREATE_ADDRESS, CREATE_DURABLE_QUEUE, CREATE_NON_DURABLE_QUEUE -> ownInbound || ownInbox;
            default -> false;
        };
    }

    @Override
    public boolean validateUser(String user, String password) {
        return false;
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return false;
    }

    private static Subject subject(String name) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(name));
        return subject;
    }
}
