package cn.legalaidhub.adapters.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.contract.ContractExamples;
import cn.legalaidhub.contract.ContractJson;
import cn.legalaidhub.contract.ContractSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden documents: a template row → the canonical referral. Each valid intake-record example of the
 * contract is written as a row of the template (Chinese headers), read back, and mapped; the referral
 * must equal {@code golden/commerce/<example>.referral.json} and pass the referral schema. The rows of
 * {@code golden/commerce/*.csv} (as workstations really fill them: labels, 2026/1/9 dates, 18,650.50)
 * map to {@code <file>.referral.json} as well.
 */
class IntakeMappingGoldenTest {

    private static final ObjectMapper JSON = ContractJson.newMapper();
    /** Numbers compared by value (412000 and 412000.00 are the same amount). */
    private static final java.util.Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    static Stream<ContractExamples.Example> examples() {
        return ContractExamples.valid(ContractSchemas.INTAKE_RECORD).stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachContractExampleRowMapsToItsGoldenReferral(ContractExamples.Example example) throws IOException {
        JsonNode record = example.document();
        List<String> header = IntakeTemplate.headers();
        List<String> row = new ArrayList<>();
        for (IntakeTemplate.Column c : IntakeTemplate.COLUMNS) {
            row.add(record.has(c.property()) ? record.get(c.property()).asText() : "");
        }

        IntakeRowReader.Row read = new IntakeRowReader(IntakeTemplate.mapHeader(header)).read(row);

        assertThat(read.problems()).isEmpty();
        assertThat(read.record()).isEqualTo(normalizedNumbers(record));
        assertGolden(example.name(), IntakeReferralMapping.toReferral(read.record()));
    }

    static Stream<String> csvFiles() throws IOException {
        return resourceNames().stream().filter(n -> n.endsWith(".csv"));
    }

    @ParameterizedTest
    @MethodSource("csvFiles")
    void workstationCsvRowsMapToTheirGoldenReferrals(String file) throws Exception {
        Path csv = Path.of("src/test/resources/golden/commerce", file);
        List<List<String>> rows = new ArrayList<>();
        CsvBatchFile.read(csv, (n, cells) -> rows.add(cells));
        IntakeRowReader reader = new IntakeRowReader(IntakeTemplate.mapHeader(rows.get(0)));
        for (int i = 1; i < rows.size(); i++) {
            IntakeRowReader.Row read = reader.read(rows.get(i));
            assertThat(read.problems()).as("row %d of %s", i + 1, file).isEmpty();
            assertGolden(file.replace(".csv", "") + "-" + read.recordNo(), IntakeReferralMapping.toReferral(read.record()));
        }
    }

    private static void assertGolden(String name, ObjectNode referral) throws IOException {
        assertThat(ContractSchemas.validate(ContractSchemas.REFERRAL, referral)).as("referral schema problems").isEmpty();
        String resource = "/golden/commerce/" + name + ".referral.json";
        try (InputStream in = IntakeMappingGoldenTest.class.getResourceAsStream(resource)) {
            if (in == null && Boolean.getBoolean("golden.write")) {
                Path target = Path.of("src/test/resources" + resource);
                Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(referral) + "\n", StandardCharsets.UTF_8);
                return;
            }
            assertThat(in).as("golden file %s (write it with -Dgolden.write=true, then review it)", resource).isNotNull();
            JsonNode expected = JSON.readTree(in);
            assertThat(referral.equals(BY_VALUE, expected)).as("%s equals %s", referral, expected).isTrue();
        }
    }

    /** Numbers as the row reader makes them (18650.50 as a decimal), for comparing with the example. */
    private static JsonNode normalizedNumbers(JsonNode record) {
        ObjectNode copy = record.deepCopy();
        if (copy.has("amountClaimed")) {
            copy.put("amountClaimed", new java.math.BigDecimal(copy.get("amountClaimed").asText()));
        }
        return copy;
    }

    private static List<String> resourceNames() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/commerce"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
