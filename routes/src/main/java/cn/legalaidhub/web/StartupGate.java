package cn.legalaidhub.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server opens before the routes behind the API have started. Until the hub is ready,
 * API calls get a retryable 503 instead of a misleading 404.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupGate extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;
    private volatile boolean ready;

    StartupGate(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @EventListener(ApplicationReadyEvent.class)
    void open() {
        ready = true;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ready || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Retry-After", "5");
        ProblemResponses.write(response, objectMapper, Problem.of(503, "Starting 系统启动中",
                "The hub is starting; try again in a few seconds. Nothing was accepted."));
    }
}
