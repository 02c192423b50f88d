package cn.legalaidhub.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of the hub's contract (draft 2020-12), loaded from the classpath
 * ({@code schemas/json/<name>.schema.json}) and cached.
 *
 * <p>Schema ids {@code https://legalaidhub.cn/schemas/...} are mapped onto the classpath and any other
 * remote {@code $ref} is refused, so validation never touches the network. Formats ({@code date},
 * {@code date-time}, {@code uuid}, {@code uri}) are asserted, and validation collects every problem of
 * a document rather than stopping at the first (一次性告知).
 */
public final class ContractSchemas {

    public static final String REFERRAL = "referral";
    public static final String ENVELOPE = "envelope";
    public static final String STATUS_EVENT = "status-event";
    public static final String RECEIPT = "receipt";
    public static final String MEETING_NOTICE = "meeting-notice";
    public static final String BULLETIN = "bulletin";
    public static final String INTAKE_RECORD = "intake-record";
    public static final String PROBLEM = "problem";
    public static final String NOTICE = "notice";

    /** Every schema of the contract, by name. */
    public static final List<String> NAMES =
            List.of(REFERRAL, ENVELOPE, STATUS_EVENT, RECEIPT, MEETING_NOTICE, BULLETIN, INTAKE_RECORD, PROBLEM, NOTICE);

    /** Prefix of every schema's {@code $id}. */
    public static final String ID_PREFIX = "https://legalaidhub.cn/schemas/";
    /** Classpath folder holding the schema files. */
    public static final String CLASSPATH_FOLDER = "schemas/json/";

    private static final Map<String, Class<?>> RECORD_TYPES = Map.of(
            REFERRAL, Referral.class,
            ENVELOPE, Envelope.class,
            STATUS_EVENT, StatusEvent.class,
            RECEIPT, Receipt.class,
            MEETING_NOTICE, MeetingNotice.class,
            BULLETIN, Bulletin.class,
            INTAKE_RECORD, IntakeRecord.class,
            PROBLEM, ProblemDetails.class,
            NOTICE, Notice.class);

    /** Keywords whose failure is reported on the parent object, naming the property concerned. */
    private static final Set<String> PROPERTY_KEYWORDS =
            Set.of("required", "additionalProperties", "unevaluatedProperties", "dependentRequired");

    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("required", "缺少必填项。"),
            Map.entry("additionalProperties", "不允许的字段。"),
            Map.entry("enum", "取值不在允许范围内。"),
            Map.entry("const", "取值不符合要求。"),
            Map.entry("type", "数据类型错误。"),
            Map.entry("pattern", "格式不正确。"),
            Map.entry("format", "格式不正确。"),
            Map.entry("minLength", "内容过短。"),
            Map.entry("maxLength", "内容超出长度限制。"),
            Map.entry("minimum", "数值过小。"),
            Map.entry("maximum", "数值过大。"),
            Map.entry("multipleOf", "数值精度不符（金额最多两位小数）。"),
            Map.entry("minItems", "项数不足。"),
            Map.entry("maxItems", "项数过多。"),
            Map.entry("uniqueItems", "存在重复项。"));

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder
                    .schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, "classpath:" + CLASSPATH_FOLDER))
                    .schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(
                            iri -> iri.getScheme() != null
                                    && (iri.getScheme().equals("classpath") || iri.getScheme().equals("resource"))))));

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .failFast(false)
            .locale(Locale.ENGLISH)
            .build();

    private static final Map<String, Loaded> CACHE = new ConcurrentHashMap<>();

    private record Loaded(JsonSchema schema, JsonNode document) {
    }

    private ContractSchemas() {
    }

    /**
     * Validates a document against the named schema and returns every problem found (empty when valid).
     *
     * @param schemaName one of {@link #NAMES}, e.g. {@link #REFERRAL}
     * @throws IllegalArgumentException if there is no such schema
     */
    public static List<SchemaProblem> validate(String schemaName, JsonNode document) {
        Loaded loaded = load(schemaName);
        Set<ValidationMessage> messages = loaded.schema().validate(document == null ? MAPPER.nullNode() : document);
        Set<SchemaProblem> problems = new LinkedHashSet<>();
        for (ValidationMessage m : messages) {
            problems.add(toProblem(loaded.document(), m));
        }
        return List.copyOf(problems);
    }

    /** True when the document has no problem against the named schema. */
    public static boolean isValid(String schemaName, JsonNode document) {
        return validate(schemaName, document).isEmpty();
    }

    /** The compiled, cached schema, for callers that need the networknt API itself. */
    public static JsonSchema schema(String schemaName) {
        return load(schemaName).schema();
    }

    /** The schema document as written (a copy), e.g. to read titles, descriptions or enum values. */
    public static JsonNode schemaDocument(String schemaName) {
        return load(schemaName).document().deepCopy();
    }

    /** The schema's {@code $id}, e.g. {@code https://legalaidhub.cn/schemas/referral.schema.json}. */
    public static String schemaId(String schemaName) {
        return ID_PREFIX + fileName(schemaName);
    }

    /** Classpath location of the schema file, e.g. {@code schemas/json/referral.schema.json}. */
    public static String resourcePath(String schemaName) {
        return CLASSPATH_FOLDER + fileName(schemaName);
    }

    /** The Java record a document of the named schema binds to, e.g. {@link Referral} for {@link #REFERRAL}. */
    public static Class<?> recordType(String schemaName) {
        Class<?> type = RECORD_TYPES.get(schemaName);
        if (type == null) {
            throw unknown(schemaName);
        }
        return type;
    }

    /** Compiles an ad-hoc schema with the contract's factory and settings; package-private, for tests. */
    static JsonSchema compile(JsonNode schemaDocument) {
        JsonSchema schema = FACTORY.getSchema(schemaDocument, CONFIG);
        schema.initializeValidators();
        return schema;
    }

    private static String fileName(String schemaName) {
        if (!NAMES.contains(schemaName)) {
            throw unknown(schemaName);
        }
        return schemaName + ".schema.json";
    }

    private static IllegalArgumentException unknown(String schemaName) {
        return new IllegalArgumentException("No contract schema named '" + schemaName + "'; known: " + NAMES);
    }

    private static Loaded load(String schemaName) {
        String path = resourcePath(schemaName);
        return CACHE.computeIfAbsent(schemaName, name -> {
            JsonNode document = readClasspath(path);
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(schemaId(name)), CONFIG);
            schema.initializeValidators();
            return new Loaded(schema, document);
        });
    }

    private static JsonNode readClasspath(String path) {
        ClassLoader loader = ContractSchemas.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Schema not on the classpath: " + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema " + path, e);
        }
    }

    private static SchemaProblem toProblem(JsonNode schemaDocument, ValidationMessage m) {
        String code = m.getType();
        String pointer = m.getInstanceLocation().toString();
        String property = m.getProperty();
        if (PROPERTY_KEYWORDS.contains(code) && property != null) {
            pointer = pointer + "/" + escape(property);
        }
        boolean mustNotBeEmpty = "minLength".equals(code) && m.getSchemaNode().asInt() == 1;
        String error = switch (code) {
            case "required" -> "is required but missing";
            case "additionalProperties", "unevaluatedProperties" -> "is not a field of this document";
            case "format" -> formatError(m.getSchemaNode().asText());
            default -> mustNotBeEmpty ? "must not be empty" : plain(m.getError());
        };
        String label = label(schemaDocument, pointer);
        String chinese = mustNotBeEmpty ? "不能为空。" : CHINESE.getOrDefault(code, "");
        String message = label + (pointer.isEmpty() ? "" : " (" + pointer + ")") + ": " + error + "."
                + (chinese.isEmpty() ? "" : " " + chinese);
        return new SchemaProblem(pointer, code, message);
    }

    private static String formatError(String format) {
        return switch (format) {
            case "date" -> "must be a real date written YYYY-MM-DD, e.g. 2026-01-31";
            case "date-time" -> "must be a date-time with an offset, e.g. 2026-01-31T09:30:00+08:00";
            case "uuid" -> "must be a UUID, e.g. 3f2b8c1e-5d4a-4f6b-9e21-7c0d8a9b6e13";
            case "uri" -> "must be an absolute URI, e.g. https://example.cn/file.pdf";
            case "uri-reference" -> "must be a URI reference";
            default -> "must be a valid " + format;
        };
    }

    private static String plain(String error) {
        return error.endsWith(".") ? error.substring(0, error.length() - 1) : error;
    }

    /** The English and Chinese title of the field at the pointer, from the schema; else its name. */
    static String label(JsonNode schemaDocument, String pointer) {
        if (pointer.isEmpty()) {
            return schemaDocument.path("title").asText("document");
        }
        List<String> segments = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        JsonNode node = schemaDocument;
        String title = null;
        for (String segment : segments) {
            node = child(schemaDocument, node, segment);
            if (node == null) {
                title = null;
                break;
            }
            title = title(schemaDocument, node);
        }
        String last = segments.get(segments.size() - 1);
        return title != null ? title : last;
    }

    private static JsonNode child(JsonNode root, JsonNode schema, String segment) {
        for (JsonNode candidate : List.of(schema, resolve(root, schema))) {
            JsonNode property = candidate.path("properties").get(segment);
            if (property != null) {
                return property;
            }
            if (segment.chars().allMatch(Character::isDigit) && candidate.has("items")) {
                return candidate.get("items");
            }
        }
        return null;
    }

    private static String title(JsonNode root, JsonNode schema) {
        if (schema.hasNonNull("title")) {
            return schema.get("title").asText();
        }
        JsonNode resolved = resolve(root, schema);
        return resolved.hasNonNull("title") ? resolved.get("title").asText() : null;
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
            JsonNode target = root.at(ref.asText().substring(1));
            return target.isMissingNode() ? schema : target;
        }
        return schema;
    }

    private static String escape(String property) {
        return property.replace("~", "~0").replace("/", "~1");
    }
}
