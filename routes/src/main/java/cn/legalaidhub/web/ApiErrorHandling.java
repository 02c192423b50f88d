package cn.legalaidhub.web;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place where API errors become problem answers. Every route behind the REST API uses
 * {@code routeConfigurationId(API_ERRORS)}.
 */
@Component
class ApiErrorHandling extends RouteConfigurationBuilder {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);

    private final JsonDocuments json;

    ApiErrorHandling(JsonDocuments json) {
        this.json = json;
    }

    @Override
    public void configuration() {
        routeConfiguration(ApiRoutes.API_ERRORS)
                .onException(InvalidInputException.class).handled(true)
                .process(e -> answer(e, new Problem("https://legalaidhub.cn/problems/invalid-input",
                        "Invalid input 输入有误", 400, e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage(),
                        e.getProperty(Exchange.EXCEPTION_CAUGHT, InvalidInputException.class).errors(), null)))
                .end()
                .onException(HubException.class).handled(true)
                .process(e -> answer(e, e.getProperty(Exchange.EXCEPTION_CAUGHT, HubException.class).problem()))
                .end()
                .onException(Exception.class).handled(true)
                .process(e -> {
                    Exception cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    log.error("Unexpected error in {}", e.getFromRouteId(), cause);
                    answer(e, Problem.of(500, "Internal error 系统内部错误",
                            "The hub could not complete the request; nothing was accepted. Reference: " + e.getExchangeId()));
                })
                .end();
    }

    private void answer(Exchange exchange, Problem problem) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, problem.status());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, Problem.MEDIA_TYPE);
        exchange.getMessage().setBody(json.write(problem));
    }
}
