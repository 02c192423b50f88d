package cn.legalaidhub.agency;

import cn.legalaidhub.web.Problem;
import cn.legalaidhub.web.ProblemResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every call under {@code /api/} is made as one agency: {@code Authorization: Bearer <api key>}.
 * Unknown or missing keys get 401 before any route runs. The caller's agency id is passed on as
 * the {@value #AGENCY_HEADER} header, which a client can never set itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String AGENCY_HEADER = CallingAgency.HEADER;
    private static final List<String> PUBLIC_PATHS = List.of("/api/v1/openapi.yaml", "/api/v1/openapi.json");

    private final AgencyRegistry registry;
    private final ObjectMapper objectMapper;

    ApiKeyAuthenticationFilter(AgencyRegistry registry, ObjectMapper objectMapper) {
        this.registry = registry;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || PUBLIC_PATHS.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Agency> agency = bearerToken(request).flatMap(registry::byApiKey);
        if (agency.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"legal-aid-hub\"");
            ProblemResponses.write(response, objectMapper, Problem.of(401, "Unauthorized 未认证",
                    "Every call needs 'Authorization: Bearer <agency API key>' with a key the hub knows."));
            return;
        }
        chain.doFilter(new AgencyRequest(request, agency.get().id()), response);
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    /** Replaces any client-sent agency header with the authenticated one. */
    private static final class AgencyRequest extends HttpServletRequestWrapper {
        private final String agencyId;

        AgencyRequest(HttpServletRequest request, String agencyId) {
            super(request);
            this.agencyId = agencyId;
        }

        @Override
        public String getHeader(String name) {
            return AGENCY_HEADER.equalsIgnoreCase(name) ? agencyId : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return AGENCY_HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(agencyId)) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
                String name = e.nextElement();
                if (!AGENCY_HEADER.equalsIgnoreCase(name)) {
                    names.add(name);
                }
            }
            names.add(AGENCY_HEADER);
            return Collections.enumeration(names);
        }
    }
}
