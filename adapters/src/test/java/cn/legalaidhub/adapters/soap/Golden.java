package cn.legalaidhub.adapters.soap;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.contract.ContractJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * Golden documents of the SOAP mappings, under src/test/resources/golden/&lt;slug&gt;/. Run with
 * {@code -Dgolden.regenerate=true} to rewrite the expected files from the current mapping (then review the diff).
 */
public final class Golden {

    public static final ObjectMapper JSON = ContractJson.newMapper();
    private static final boolean REGENERATE = Boolean.getBoolean("golden.regenerate");

    private final JAXBContext jaxb;
    private final String folder;

    public Golden(String slug, Class<?> objectFactory) {
        this.folder = "golden/" + slug + "/";
        try {
            this.jaxb = JAXBContext.newInstance(objectFactory);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text(String name) {
        try (var in = Golden.class.getClassLoader().getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No golden file " + folder + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode json(String name) {
        try {
            return JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public <T> T unmarshal(String name, Class<T> type) {
        try {
            return (T) jaxb.createUnmarshaller().unmarshal(new StringReader(text(name)));
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    public String marshal(Object element) {
        try {
            Marshaller marshaller = jaxb.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            marshaller.marshal(element, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The partner document the mapping produced equals the golden one (whitespace and comments aside). */
    public void assertXml(String name, Object element) {
        String actual = marshal(element);
        regenerate(name, actual);
        Diff diff = DiffBuilder.compare(text(name)).withTest(actual).ignoreWhitespace().ignoreComments().checkForSimilar().build();
        assertThat(diff.hasDifferences()).as("%s differs from the golden file:\n%s\n%s", name, diff, actual).isFalse();
    }

    /** The canonical document the mapping produced equals the golden one (numbers by value). */
    public void assertJson(String name, JsonNode actual) {
        try {
            regenerate(name, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(sameByValue(json(name), actual)).as("%s differs from the golden file:\n%s", name, actual).isTrue();
    }

    public static boolean sameByValue(JsonNode a, JsonNode b) {
        return a.equals((x, y) -> x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue()) : x.equals(y) ? 0 : 1, b);
    }

    private void regenerate(String name, String content) {
        if (!REGENERATE) {
            return;
        }
        try {
            Path file = Path.of("src/test/resources", folder, name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
