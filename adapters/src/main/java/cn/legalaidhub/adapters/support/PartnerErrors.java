package cn.legalaidhub.adapters.support;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place where errors of the partner-facing REST routes ({@code /partner/<kind>/...})
 * become problem answers. Those routes use {@code routeConfigurationId(PartnerErrors.ID)}.
 */
@Component
public class PartnerErrors extends RouteConfigurationBuilder {

    public static final String ID = "partner-errors";
    private static final Logger log = LoggerFactory.getLogger(PartnerErrors.class);

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(PartnerInputException.class).handled(true)
                .process(exchange -> {
                    PartnerInputException e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, PartnerInputException.class);
                    PartnerProblems.respond(exchange, e.status(), title(e.status()), e.getMessage(), e.problems());
                })
                .end()
                .onException(Exception.class).handled(true)
                .process(exchange -> {
                    Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    log.error("Partner call failed in {}", exchange.getFromRouteId(), e);
                    PartnerProblems.respond(exchange, 500, "Internal error 系统内部错误",
                            "The hub could not complete the request; nothing was accepted. Reference: " + exchange.getExchangeId(),
                            List.of());
                })
                .end();
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid input 输入有误";
            case 401 -> "Unauthorized 未认证";
            case 404 -> "Not found 未找到";
            case 409 -> "Not allowed now 当前状态不允许此操作";
            case 413 -> "Body too large 请求体过大";
            default -> "Refused 请求被拒绝";
        };
    }
}
