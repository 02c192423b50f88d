package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.contract.ContractJson;
import cn.legalaidhub.contract.ProblemDetails;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a batch upload whose declared length is above {@code hub.commerce.max-upload-size} (413)
 * before any of it is read; bodies without a declared length are counted while they are stored.
 * Runs after the hub's authentication filter, so an unknown caller gets 401 first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CommerceUploadLimit extends OncePerRequestFilter {

    private final CommerceSettings settings;

    CommerceUploadLimit(CommerceSettings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/partner/commerce/batches"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > settings.maxUploadBytes()) {
            ProblemDetails problem = new ProblemDetails("about:blank", "File too large 文件过大", 413,
                    "The upload has " + length + " bytes; a batch file may have at most " + settings.maxUploadBytes()
                            + " (hub.commerce.max-upload-size). Split it, or send it over SFTP.", null, null, null);
            response.setStatus(413);
            response.setContentType(ProblemDetails.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(ContractJson.newMapper().writeValueAsString(problem));
            return;
        }
        chain.doFilter(request, response);
    }
}
