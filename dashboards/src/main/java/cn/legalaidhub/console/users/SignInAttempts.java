package cn.legalaidhub.console.users;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords per account (locking it after five in a row) and notes the last sign-in. */
@Component
class SignInAttempts {

    private final ConsoleUsers users;

    SignInAttempts(ConsoleUsers users) {
        this.users = users;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailure(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ConsoleUser user) {
            users.recordSuccess(user.username());
        }
    }
}
