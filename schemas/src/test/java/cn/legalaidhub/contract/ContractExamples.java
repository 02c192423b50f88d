package cn.legalaidhub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The contract's example documents ({@code schemas/examples/<schema>/<kind>/<name>.json} on the classpath),
 * for tests of this and other modules (published in the schemas test-jar).
 *
 * <pre>{@code
 * for (var example : ContractExamples.valid(ContractSchemas.REFERRAL)) {
 *     post("/api/v1/referrals", example.text());          // expect 202
 * }
 * for (var example : ContractExamples.invalid(ContractSchemas.REFERRAL)) {
 *     // expect 400 whose errors[].pointer are exactly example.expectedPointers()
 * }
 * }</pre>
 *
 * Invalid examples carry a sidecar {@code <name>.expected.json}: the JSON array of the pointers validation
 * must report. {@link Kind#INVALID_IDENTIFIERS} examples pass the JSON Schema but fail the hub's
 * identifier checks (ID check digit, credit-code check character, mobile number, division code).
 */
public final class ContractExamples {

    /** Classpath folder of the examples. */
    public static final String ROOT = "schemas/examples/";

    private static final String EXPECTED_SUFFIX = ".expected.json";
    private static final ObjectMapper MAPPER = ContractJson.newMapper();
    private static final Map<String, List<Example>> CACHE = new ConcurrentHashMap<>();

    /** The folders under each schema's example folder. */
    public enum Kind {
        VALID("valid"),
        INVALID("invalid"),
        INVALID_IDENTIFIERS("invalid-identifiers");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }

    /**
     * One example document.
     *
     * @param schemaName       e.g. {@code referral}
     * @param kind             valid, invalid or invalid-identifiers
     * @param name             file name without {@code .json}, e.g. {@code wenzhou-construction-wages}
     * @param resourcePath     classpath location of the document
     * @param text             the document as written (UTF-8), e.g. for a request body
     * @param expectedPointers for invalid examples the JSON pointers validation must report; empty for valid ones
     */
    public record Example(String schemaName, Kind kind, String name, String resourcePath, String text,
            Set<String> expectedPointers) {

        /** The document as a JSON tree (a fresh copy each call; floats read as BigDecimal). */
        public JsonNode document() {
            try {
                return MAPPER.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException("Example " + resourcePath + " is not JSON", e);
            }
        }

        /** The document bound to its record, e.g. {@code as(Referral.class)}. */
        public <T> T as(Class<T> type) {
            try {
                return MAPPER.treeToValue(document(), type);
            } catch (IOException e) {
                throw new UncheckedIOException("Example " + resourcePath + " is not a " + type.getSimpleName(), e);
            }
        }

        @Override
        public String toString() {
            return schemaName + "/" + kind.folder() + "/" + name;
        }
    }

    private ContractExamples() {
    }

    /** Valid examples of the schema, sorted by name. */
    public static List<Example> valid(String schemaName) {
        return list(schemaName, Kind.VALID);
    }

    /** Invalid examples of the schema with the pointers validation must report, sorted by name. */
    public static List<Example> invalid(String schemaName) {
        return list(schemaName, Kind.INVALID);
    }

    /** Referrals that pass the JSON Schema but fail the hub's identifier checks, with the pointers to report. */
    public static List<Example> invalidIdentifiers() {
        return list(ContractSchemas.REFERRAL, Kind.INVALID_IDENTIFIERS);
    }

    /** The examples of one schema and kind, sorted by name (empty when there are none). */
    public static List<Example> list(String schemaName, Kind kind) {
        ContractSchemas.resourcePath(schemaName); // rejects unknown schema names
        return CACHE.computeIfAbsent(schemaName + "/" + kind.folder(), key -> scan(schemaName, kind));
    }

    /** Every example of every schema and kind. */
    public static List<Example> all() {
        List<Example> all = new ArrayList<>();
        for (String schemaName : ContractSchemas.NAMES) {
            for (Kind kind : Kind.values()) {
                all.addAll(list(schemaName, kind));
            }
        }
        return all;
    }

    /** One example by name, e.g. {@code get(REFERRAL, Kind.VALID, "wenzhou-construction-wages")}. */
    public static Example get(String schemaName, Kind kind, String name) {
        return find(schemaName, kind, name).orElseThrow(() -> new IllegalArgumentException(
                "No example " + schemaName + "/" + kind.folder() + "/" + name + "; have "
                        + list(schemaName, kind).stream().map(Example::name).toList()));
    }

    public static Optional<Example> find(String schemaName, Kind kind, String name) {
        return list(schemaName, kind).stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Shortcut: the tree of a valid example. */
    public static JsonNode validDocument(String schemaName, String name) {
        return get(schemaName, Kind.VALID, name).document();
    }

    private static List<Example> scan(String schemaName, Kind kind) {
        String folder = ROOT + schemaName + "/" + kind.folder();
        List<String> files = listFolder(folder);
        List<Example> examples = new ArrayList<>();
        for (String file : files) {
            if (!file.endsWith(".json") || file.endsWith(EXPECTED_SUFFIX)) {
                continue;
            }
            String name = file.substring(0, file.length() - ".json".length());
            String path = folder + "/" + file;
            Set<String> expected = Set.of();
            if (kind != Kind.VALID) {
                String sidecar = folder + "/" + name + EXPECTED_SUFFIX;
                if (!files.contains(name + EXPECTED_SUFFIX)) {
                    throw new IllegalStateException("Invalid example " + path + " has no sidecar " + sidecar);
                }
                expected = pointers(sidecar);
            }
            examples.add(new Example(schemaName, kind, name, path, read(path), expected));
        }
        examples.sort(Comparator.comparing(Example::name));
        return List.copyOf(examples);
    }

    private static Set<String> pointers(String sidecar) {
        try {
            JsonNode array = MAPPER.readTree(read(sidecar));
            if (!array.isArray()) {
                throw new IllegalStateException(sidecar + " must be a JSON array of JSON pointers");
            }
            Set<String> pointers = new LinkedHashSet<>();
            array.forEach(p -> pointers.add(p.asText()));
            return Set.copyOf(pointers);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + sidecar, e);
        }
    }

    private static String read(String path) {
        try (InputStream in = loader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Not on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /**
     * File names in a classpath folder, whether the examples come from a directory (this module's
     * build) or from the schemas jar (other modules). The folder is found next to a known anchor file,
     * since jars need not hold directory entries.
     */
    private static List<String> listFolder(String folder) {
        String anchor = ContractSchemas.resourcePath(ContractSchemas.REFERRAL);
        URL url = loader().getResource(anchor);
        if (url == null) {
            throw new IllegalStateException("The contract is not on the classpath: " + anchor);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                String spec = uri.getRawSchemeSpecificPart();
                Path jar = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
                try (FileSystem fs = FileSystems.newFileSystem(jar)) {
                    return names(fs.getPath("/" + folder));
                }
            }
            Path root = Path.of(uri);
            for (int i = 0; i < anchor.split("/").length; i++) {
                root = root.getParent();
            }
            return names(root.resolve(folder));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ContractExamples.class.getClassLoader();
    }
}
