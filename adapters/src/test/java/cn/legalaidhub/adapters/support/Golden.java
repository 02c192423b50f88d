package cn.legalaidhub.adapters.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Golden documents under src/test/resources/golden/&lt;slug&gt;/, compared as JSON trees (numbers by value). */
public final class Golden {

    public static final ObjectMapper MAPPER = PartnerJson.newMapper();

    private Golden() {
    }

    public static JsonNode read(String slug, String name) {
        String path = "/golden/" + slug + "/" + name;
        try (InputStream in = Golden.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No golden document " + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    /** Equal as JSON, numbers compared by value (186500.00 equals 186500). */
    public static void assertSameJson(JsonNode actual, JsonNode expected) {
        assertThat(normalize(actual)).as("golden document").isEqualTo(normalize(expected));
    }

    private static JsonNode normalize(JsonNode node) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(node).replaceAll("(\\d)\\.0+(?=[,}\\]])", "$1")
                    .replaceAll("(\\.\\d*?[1-9])0+(?=[,}\\]])", "$1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
