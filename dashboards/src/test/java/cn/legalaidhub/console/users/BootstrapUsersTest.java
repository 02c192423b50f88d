package cn.legalaidhub.console.users;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.legalaidhub.console.hub.Agencies;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DuplicateKeyException;

class BootstrapUsersTest {

    private static final String HASH = "$2a$10$n26ug9GQ.vHoToS2UDqbkuS2v8vZka4j72BDU04fVJ/2V0XFL7M3W";

    private final ConsoleUsers users = mock(ConsoleUsers.class);
    private final Agencies agencies = mock(Agencies.class);

    @Test
    void anAccountAnotherReplicaCreatedFirstIsNotAStartFailure() {
        when(agencies.byId("legalaid-330300"))
                .thenReturn(Optional.of(new Agencies.Entry("legalaid-330300", "legalaid", "法律援助机构", "温州市法律援助中心", "330300", false)));
        when(users.exists("admin-legalaid")).thenReturn(false);
        doThrow(new DuplicateKeyException("console_user_pkey")).when(users)
                .create(eq("admin-legalaid"), eq("legalaid-330300"), any(), any(), any(), eq("configuration"));

        assertThatCode(() -> bootstrap(account("admin-legalaid", "legalaid-330300")).run(new DefaultApplicationArguments()))
                .doesNotThrowAnyException();
        verify(users).create(eq("admin-legalaid"), eq("legalaid-330300"), any(), any(), eq("{bcrypt}" + HASH), eq("configuration"));
    }

    @Test
    void anAccountOfAnUnknownAgencyStopsTheStartNamingIt() {
        when(agencies.byId("nowhere-000000")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> bootstrap(account("admin-nowhere", "nowhere-000000")).run(new DefaultApplicationArguments()))
                .hasMessageContaining("admin-nowhere").hasMessageContaining("nowhere-000000");
    }

    private BootstrapUsers bootstrap(ConsoleProperties.Account account) {
        ConsoleProperties properties = new ConsoleProperties();
        properties.setBootstrapUsers(List.of(account));
        return new BootstrapUsers(properties, users, agencies);
    }

    private static ConsoleProperties.Account account(String username, String agency) {
        ConsoleProperties.Account a = new ConsoleProperties.Account();
        a.setUsername(username);
        a.setAgency(agency);
        a.setRole("ADMINISTRATOR");
        a.setPasswordHash(HASH);
        return a;
    }
}
