package cn.legalaidhub.web;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.springframework.stereotype.Component;

/**
 * The REST DSL runs on the Spring Boot web server (platform-http); bodies are handled as JSON text. Routes
 * are not inlined into the REST verbs ({@code camel.rest.inline-routes: false} in application.yml): each
 * {@code direct:} door behind a verb stays callable on its own by adapters and the staff console.
 */
@Component
class RestApiConfiguration extends RouteBuilder {

    @Override
    public void configure() {
        restConfiguration()
                .component("platform-http")
                .bindingMode(RestBindingMode.off)
                .clientRequestValidation(false);
    }
}
