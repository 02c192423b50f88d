package cn.legalaidhub.agency;

import static cn.legalaidhub.agency.TestAgencies.entry;
import static cn.legalaidhub.agency.TestAgencies.registry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiKeyAuthenticationFilterTest {

    private final ApiKeyAuthenticationFilter filter = new ApiKeyAuthenticationFilter(registry(
            entry("arbitration-330300", "arbitration", "330300", "inbox", null, "arb-key"),
            entry("court-330300", "court", "330300", "inbox", null, "court-key")), new ObjectMapper());

    @Test
    void aBearerKeyBecomesTheTrustedAgencyHeadersOverwritingWhatTheClientSent() throws Exception {
        MockHttpServletRequest request = request("/api/v1/inbox", "Bearer arb-key");
        request.addHeader("X-Hub-Agency", "court-330300");
        request.addHeader("X-Hub-Agency-Kind", "court");
        request.addHeader("X-Hub-User-Role", "SUPERVISOR");

        HttpServletRequest passed = run(request, new MockHttpServletResponse());

        assertThat(passed.getHeader("X-Hub-Agency")).isEqualTo("arbitration-330300");
        assertThat(passed.getHeader("x-hub-agency-kind")).isEqualTo("arbitration");
        assertThat(passed.getHeader("X-Hub-User-Role")).as("an API caller cannot claim a role").isNull();
        assertThat(java.util.Collections.list(passed.getHeaderNames())).doesNotContain("X-Hub-User-Role");
    }

    @Test
    void aClientCannotClaimToBeAConsoleUser() throws Exception {
        MockHttpServletRequest request = request("/api/v1/cases", "Bearer arb-key");
        request.addHeader("X-Hub-User", "admin");
        request.addHeader("X-Hub-User-Role", "REVIEWER");

        HttpServletRequest passed = run(request, new MockHttpServletResponse());

        assertThat(passed.getHeader("X-Hub-User")).isNull();
        assertThat(passed.getHeaders("x-hub-user-role").hasMoreElements()).isFalse();
        assertThat(java.util.Collections.list(passed.getHeaderNames())).doesNotContain("X-Hub-User", "X-Hub-User-Role");
    }

    @Test
    void basicAuthNeedsTheAgencyIdAsUserAndItsKeyAsPassword() throws Exception {
        assertThat(run(request("/partner/arbitration/soap", basic("arbitration-330300", "arb-key")), new MockHttpServletResponse())
                .getHeader("X-Hub-Agency")).isEqualTo("arbitration-330300");

        MockHttpServletResponse wrongUser = new MockHttpServletResponse();
        assertThat(run(request("/partner/arbitration/soap", basic("court-330300", "arb-key")), wrongUser)).isNull();
        assertThat(wrongUser.getStatus()).isEqualTo(401);
        assertThat(wrongUser.getHeader("WWW-Authenticate")).contains("Basic");
    }

    @Test
    void aPartnerPathIsOnlyForAgenciesOfItsKind() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(run(request("/partner/arbitration/soap", "Bearer court-key"), response)).isNull();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("court-330300", "'arbitration'");
    }

    @Test
    void aServiceDescriptionIsReadableWithoutAKeyButNothingElse() throws Exception {
        MockHttpServletRequest wsdl = request("/partner/arbitration/soap", null);
        wsdl.setQueryString("wsdl");
        assertThat(run(wsdl, new MockHttpServletResponse())).isNotNull();

        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(run(request("/partner/arbitration/soap", null), response)).isNull();
        assertThat(response.getStatus()).isEqualTo(401);
    }

    @Test
    void partnerKindIsTheFirstPathSegment() {
        assertThat(ApiKeyAuthenticationFilter.partnerKind("/partner/court/soap/v1")).contains("court");
        assertThat(ApiKeyAuthenticationFilter.partnerKind("/partner/hotline")).contains("hotline");
        assertThat(ApiKeyAuthenticationFilter.partnerKind("/api/v1/inbox")).isEmpty();
    }

    private HttpServletRequest run(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        AtomicReference<HttpServletRequest> passed = new AtomicReference<>();
        filter.doFilter(request, response, (req, res) -> passed.set((HttpServletRequest) req));
        return passed.get();
    }

    private static MockHttpServletRequest request(String path, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
