package cn.legalaidhub.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Installs the case-feed index template from schemas/ and creates the index, once per start. */
@Component
public class CaseFeedIndex {

    private static final String TEMPLATE = "schemas/elasticsearch/case-feed.index-template.json";

    private final RestClient client;
    private final String index;
    private volatile boolean ready;

    CaseFeedIndex(RestClient client, @Value("${hub.search.index}") String index) {
        this.client = client;
        this.index = index;
    }

    public String name() {
        return index;
    }

    public void ensure() throws IOException {
        if (ready) {
            return;
        }
        Request template = new Request("PUT", "/_index_template/legal-aid-hub-cases");
        String text;
        try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        template.setJsonEntity(text);
        client.performRequest(template);
        try {
            client.performRequest(new Request("PUT", "/" + index));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 400
                    || !e.getMessage().contains("resource_already_exists_exception")) {
                throw e;
            }
            // an index made by an older version: add the fields the template has gained since
            Request mapping = new Request("PUT", "/" + index + "/_mapping");
            mapping.setJsonEntity(new ObjectMapper().readTree(text).path("template").path("mappings").toString());
            client.performRequest(mapping);
        }
        ready = true;
    }

    /** Drops and recreates the index, for a rebuild from the ledger. */
    public void recreate() throws IOException {
        try {
            client.performRequest(new Request("DELETE", "/" + index));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) {
                throw e;
            }
        }
        ready = false;
        ensure();
    }

    public void refresh() throws IOException {
        client.performRequest(new Request("POST", "/" + index + "/_refresh"));
    }
}
