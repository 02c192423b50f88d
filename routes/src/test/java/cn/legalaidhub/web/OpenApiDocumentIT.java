package cn.legalaidhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.support.HubIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The OpenAPI document is served without a key and describes every REST operation the hub exposes. */
class OpenApiDocumentIT extends HubIntegrationTest {

    @Autowired
    CamelContext camel;

    @Test
    void documentsEveryRestOperation() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUri() + "/api/v1/openapi.yaml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        String document = response.body();
        assertThat(document).startsWith("openapi: 3");
        for (RestDefinition rest : camel.getCamelContextExtension().getContextPlugin(Model.class).getRestDefinitions()) {
            for (VerbDefinition verb : rest.getVerbs()) {
                String path = (rest.getPath() + (verb.getPath() == null ? "" : verb.getPath())).replaceFirst("^/api/v1", "");
                assertThat(document).as("OpenAPI path %s", path).contains(path + ":");
                assertThat(document).as("%s %s", verb.asVerb(), path).contains(verb.asVerb().toLowerCase() + ":");
            }
        }
    }
}
