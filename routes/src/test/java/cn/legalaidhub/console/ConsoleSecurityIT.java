package cn.legalaidhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The console's own security chain — sign-in, sessions, CSRF, pages by role, accounts by agency — and
 * that it leaves the API-key protected API alone: no session, no CSRF there.
 */
class ConsoleSecurityIT extends HubIntegrationTest {

    private static final String PASSWORD = ConsoleBrowser.PASSWORD;

    private ConsoleSession session() {
        return new ConsoleSession(baseUri());
    }

    @Test
    void consolePagesAskForSignInAndHtmxRequestsAreToldWhereToGo() throws Exception {
        ConsoleSession anonymous = session();

        HttpResponse<String> page = anonymous.get("/console/inbox");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/login"));

        HttpResponse<String> fragment = anonymous.get("/console/referrals/R1/actions", "HX-Request", "true");
        assertThat(fragment.statusCode()).isEqualTo(401);
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValueSatisfying(l -> assertThat(l).contains("/console/login"));

        HttpResponse<String> login = anonymous.get("/console/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("登录").contains("name=\"_csrf\"");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(anonymous.get("/console/assets/console.css").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void signInNeedsTheCsrfTokenAndRenewsTheSession() throws Exception {
        ConsoleSession user = session();
        user.get("/console/login");
        assertThat(user.post("/console/login", Map.of("username", "reviewer-legalaid", "password", PASSWORD)).statusCode())
                .isEqualTo(403);
        HttpResponse<String> noSession = session().post("/console/login", Map.of("username", "reviewer-legalaid", "password", PASSWORD));
        assertThat(noSession.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/login?expired"));

        user.get("/console/login");
        String before = user.sessionId();
        HttpResponse<String> signedIn = user.signIn("reviewer-legalaid", PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/"));
        assertThat(user.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(user.get("/console/inbox").statusCode()).isEqualTo(200);

        HttpResponse<String> wrong = session().signIn("reviewer-legalaid", "not-the-password");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/login?error"));
    }

    @Test
    void changesNeedTheCsrfToken() throws Exception {
        ConsoleSession reviewer = session();
        reviewer.signIn("reviewer-legalaid", PASSWORD);
        assertThat(reviewer.get("/console/inbox").statusCode()).isEqualTo(200); // the session now holds a token

        assertThat(reviewer.post("/console/referrals/R-NONE/events", Map.of("type", "ACCEPTED")).statusCode()).isEqualTo(403);
        assertThat(reviewer.post("/console/meetings/MT-NONE/reply", Map.of("reply", "ATTEND")).statusCode()).isEqualTo(403);
        assertThat(reviewer.post("/console/bulletins/B-NONE/acknowledge", Map.of()).statusCode()).isEqualTo(403);
        assertThat(reviewer.post("/console/account/password",
                Map.of("current", PASSWORD, "password", "abcdefgh12345", "repeat", "abcdefgh12345")).statusCode()).isEqualTo(403);
    }

    @Test
    void eachRoleSeesOnlyItsPages() throws Exception {
        ConsoleSession supervisor = session();
        supervisor.signIn("supervisor-justice", PASSWORD);
        assertThat(supervisor.get("/console/statistics").statusCode()).isEqualTo(200);
        assertThat(supervisor.get("/console/search").statusCode()).isEqualTo(200);
        assertThat(supervisor.get("/console/admin/users").statusCode()).isEqualTo(403);
        assertThat(supervisor.get("/console/referrals/new").statusCode()).isEqualTo(403);
        assertThat(supervisor.get("/console/notices").statusCode()).isEqualTo(200);
        assertThat(supervisor.get("/console/batches").statusCode()).isEqualTo(403);
        assertThat(supervisor.get("/console/meetings/new").statusCode()).as("only coordinators convene").isEqualTo(403);

        ConsoleSession workstation = session();
        workstation.signIn("ws-union", PASSWORD);
        assertThat(workstation.get("/console/referrals/new").statusCode()).isEqualTo(200);
        assertThat(workstation.get("/console/inbox").statusCode()).isEqualTo(200);
        assertThat(workstation.get("/console/statistics").statusCode()).isEqualTo(403);
        assertThat(workstation.get("/console/search").statusCode()).isEqualTo(403);
        assertThat(workstation.get("/console/notices").statusCode()).isEqualTo(200);
        assertThat(workstation.get("/console/bulletins/new").statusCode()).as("only coordinators publish").isEqualTo(403);
        assertThat(workstation.postWithToken("/console/notices", "/console/meetings", Map.of("title", "x")).statusCode())
                .as("nor convene by posting the form").isEqualTo(403);

        ConsoleSession coordinator = session();
        coordinator.signIn("coordinator-justice", PASSWORD);
        assertThat(coordinator.get("/console/meetings/new").statusCode()).isEqualTo(200);
        assertThat(coordinator.get("/console/bulletins/new").statusCode()).isEqualTo(200);

        ConsoleSession admin = session();
        admin.signIn("admin-legalaid", PASSWORD);
        assertThat(admin.get("/console/admin/users").body()).contains("reviewer-legalaid").doesNotContain("ws-union");
        assertThat(admin.get("/console/inbox").statusCode()).isEqualTo(403);
        assertThat(admin.get("/console/notices").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorManagesTheAccountsOfItsOwnAgencyAndFiveWrongPasswordsLockOne() throws Exception {
        ConsoleSession admin = session();
        admin.signIn("admin-legalaid", PASSWORD);
        String username = "reviewer-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> tooShort = admin.postWithToken("/console/admin/users", "/console/admin/users",
                Map.of("username", username, "displayName", "新审查员", "role", "REVIEWER", "password", "short1"));
        assertThat(tooShort.statusCode()).isEqualTo(302);
        assertThat(admin.get("/console/admin/users").body()).contains("密码至少10位").doesNotContain(">" + username + "<");

        admin.postWithToken("/console/admin/users", "/console/admin/users",
                Map.of("username", username, "displayName", "新审查员", "role", "REVIEWER", "password", "first-password-2026"));
        assertThat(admin.get("/console/admin/users").body()).contains(username).contains("新审查员");
        ConsoleSession created = session();
        assertThat(created.signIn(username, "first-password-2026").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/"));

        // another agency's account is out of reach
        admin.postWithToken("/console/admin/users", "/console/admin/users/ws-union", Map.of("action", "disable"));
        assertThat(session().signIn("ws-union", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/"));

        for (int i = 0; i < 5; i++) {
            session().signIn(username, "wrong-password-" + i);
        }
        assertThat(session().signIn(username, "first-password-2026").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/login?error"));
        assertThat(admin.get("/console/admin/users").body()).contains("已锁定");

        // the administrator resets the password, which also unlocks the account
        admin.postWithToken("/console/admin/users", "/console/admin/users/" + username,
                Map.of("action", "password", "password", "second-password-2026"));
        assertThat(session().signIn(username, "second-password-2026").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/"));

        admin.postWithToken("/console/admin/users", "/console/admin/users/" + username, Map.of("action", "disable"));
        assertThat(session().signIn(username, "second-password-2026").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/login?error"));
    }

    @Test
    void theApiKeepsItsKeysWithoutSessionOrCsrf() throws Exception {
        var arbitration = as("arbitration-330300");
        assertThat(arbitration.post("/api/v1/referrals", referral().toString()).status()).isEqualTo(202);

        var raw = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(baseUri().resolve("/api/v1/inbox"))
                .header("Authorization", "Bearer it-union-330300-key").header("X-Hub-User-Role", "REVIEWER").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(session().get("/api/v1/inbox").statusCode()).isEqualTo(401);
    }

    @Test
    void statisticsOverTheApiAreForCoordinatorAgencies() throws Exception {
        assertThat(as("arbitration-330300").post("/api/v1/referrals", referral().toString()).status()).isEqualTo(202);

        assertThat(as("arbitration-330300").get("/api/v1/statistics").status()).isEqualTo(403);
        JsonNode stats = json(as("justice-330300").get("/api/v1/statistics"));
        assertThat(stats.path("scope").path("region").asText()).isEqualTo("3303");
        assertThat(stats.path("total").asLong()).isPositive();
        assertThat(stats.path("byCategory").findValuesAsText("code")).contains("UNPAID_WAGES");
        assertThat(stats.path("rulesFired").findValuesAsText("rule")).contains("GREEN_CHANNEL_MIGRANT_WORKER");
        assertThat(json(as("justice-140100").get("/api/v1/statistics?from=2020-01-01")).path("byRegion").findValuesAsText("code"))
                .allSatisfy(region -> assertThat(region).startsWith("1401"));
        assertThat(as("justice-330300").get("/api/v1/statistics?from=2026-13-01").status()).isEqualTo(400);
    }
}
