package cn.legalaidhub.agency;

import cn.legalaidhub.web.Problem;
import cn.legalaidhub.web.ProblemResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import cn.legalaidhub.contract.HubExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every call under {@code /api/} and {@code /partner/} is made as one agency: {@code Authorization:
 * Bearer <api key>}, or HTTP Basic with the agency id as user and the API key as password (for older
 * partner systems, e.g. SOAP clients). Unknown or missing keys get 401 before any route runs. Under
 * {@code /partner/<kind>/} only agencies of that kind are let in (403 otherwise). The caller's agency
 * id and kind are passed on as the {@value #AGENCY_HEADER} and {@value #KIND_HEADER} headers, which a
 * client can never set itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String AGENCY_HEADER = CallingAgency.HEADER;
    static final String KIND_HEADER = HubExchange.CALLING_AGENCY_KIND;
    static final String PARTNER_PREFIX = "/partner/";
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
        return !(path.startsWith("/api/") || path.startsWith(PARTNER_PREFIX)) || PUBLIC_PATHS.contains(path)
                || isPublicPartnerDocument(request, path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Agency> agency = authenticate(request.getHeader("Authorization"));
        if (agency.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"legal-aid-hub\", Basic realm=\"legal-aid-hub\", charset=\"UTF-8\"");
            ProblemResponses.write(response, objectMapper, Problem.of(401, "Unauthorized 未认证",
                    "Every call needs 'Authorization: Bearer <agency API key>' (or HTTP Basic: agency id and API key) "
                            + "with a key the hub knows."));
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> partnerKind = partnerKind(path);
        if (partnerKind.isPresent() && !partnerKind.get().equals(agency.get().kind().slug())) {
            ProblemResponses.write(response, objectMapper, Problem.of(403, "Forbidden 无权访问",
                    "Agency " + agency.get().id() + " is of kind '" + agency.get().kind().slug() + "'; " + PARTNER_PREFIX
                            + partnerKind.get() + "/ is only for agencies of kind '" + partnerKind.get() + "'."));
            return;
        }
        chain.doFilter(new AgencyRequest(request, agency.get()), response);
    }

    private Optional<Agency> authenticate(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return registry.byApiKey(header.substring(7).trim());
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String user = decoded.substring(0, colon);
            return registry.byApiKey(decoded.substring(colon + 1)).filter(a -> a.id().equals(user));
        }
        return Optional.empty();
    }

    /** {@code /partner/<kind>/...} → the kind; partner endpoints of other shapes are not kind-bound. */
    static Optional<String> partnerKind(String path) {
        if (!path.startsWith(PARTNER_PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PARTNER_PREFIX.length());
        int slash = rest.indexOf('/');
        return Optional.of(slash < 0 ? rest : rest.substring(0, slash)).filter(k -> !k.isEmpty());
    }

    /** A partner may read the service description (e.g. {@code ?wsdl}, {@code ?xsd=...}) before it has a key. */
    private static boolean isPublicPartnerDocument(HttpServletRequest request, String path) {
        String query = request.getQueryString();
        return path.startsWith(PARTNER_PREFIX) && "GET".equals(request.getMethod()) && query != null
                && (query.equalsIgnoreCase("wsdl") || query.toLowerCase().startsWith("xsd=") || query.toLowerCase().startsWith("wsdl="));
    }

    /** Replaces any client-sent agency headers with the authenticated ones. */
    private static final class AgencyRequest extends HttpServletRequestWrapper {
        private final Map<String, String> trusted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        AgencyRequest(HttpServletRequest request, Agency agency) {
            super(request);
            trusted.put(AGENCY_HEADER, agency.id());
            trusted.put(KIND_HEADER, agency.kind().slug());
            // only the staff console says who the person is; an API caller cannot claim a role
            trusted.put(HubExchange.CALLING_USER, null);
            trusted.put(HubExchange.CALLING_USER_ROLE, null);
        }

        @Override
        public String getHeader(String name) {
            return trusted.containsKey(name) ? trusted.get(name) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!trusted.containsKey(name)) {
                return super.getHeaders(name);
            }
            String value = trusted.get(name);
            return Collections.enumeration(value == null ? List.of() : List.of(value));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
                String name = e.nextElement();
                if (!trusted.containsKey(name)) {
                    names.add(name);
                }
            }
            trusted.forEach((name, value) -> {
                if (value != null) {
                    names.add(name);
                }
            });
            return Collections.enumeration(names);
        }
    }
}
