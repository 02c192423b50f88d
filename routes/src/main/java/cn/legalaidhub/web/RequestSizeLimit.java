package cn.legalaidhub.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API bodies are read whole before they are parsed, so their size is checked first: a body must
 * declare its length (411 otherwise) and stay under {@code hub.api.max-body-size} (413 otherwise).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestSizeLimit extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;
    private final long maxBytes;

    RequestSizeLimit(ObjectMapper objectMapper, @Value("${hub.api.max-body-size}") DataSize maxBodySize) {
        this.objectMapper = objectMapper;
        this.maxBytes = maxBodySize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0) {
            refuse(response, Problem.of(411, "Length required 需要声明请求体长度",
                    "Send the body with a Content-Length header (at most " + maxBytes + " bytes)."));
        } else if (length > maxBytes) {
            refuse(response, Problem.of(413, "Body too large 请求体过大",
                    "The body has " + length + " bytes; at most " + maxBytes + " are accepted. Send large batches as files."));
        } else {
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpServletResponse response, Problem problem) throws IOException {
        ProblemResponses.write(response, objectMapper, problem);
    }
}
