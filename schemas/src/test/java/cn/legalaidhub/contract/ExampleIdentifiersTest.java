package cn.legalaidhub.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.contract.ContractExamples.Example;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example data itself is realistic: every resident ID number in a valid example has a real province,
 * a real birth date agreeing with birthDate and a correct GB 11643 check digit, every credit code a correct
 * GB 32100 check character, every phone is a mainland mobile and every region sits under a real province.
 * The invalid-identifiers referrals fail exactly where their sidecars say. (The hub's own checks live in
 * the routes module; this is an independent re-computation for the examples.)
 */
class ExampleIdentifiersTest {

    static Stream<Example> validExamples() {
        return ContractSchemas.NAMES.stream().flatMap(name -> ContractExamples.valid(name).stream());
    }

    static Stream<Example> identifierExamples() {
        return ContractExamples.invalidIdentifiers().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void validExamplesCarryValidIdentifiers(Example example) {
        assertThat(Checks.problems(example.document())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identifierExamples")
    void invalidIdentifierExamplesFailExactlyWhereExpected(Example example) {
        assertThat(Checks.problems(example.document())).containsExactlyInAnyOrderElementsOf(example.expectedPointers());
    }

    /** GB 11643, GB 32100, GB/T 2260 (province level) and mainland mobile checks over any document. */
    static final class Checks {

        private static final Set<String> ID_FIELDS = Set.of("idNumber", "applicantIdNumber");
        private static final Set<String> PHONE_FIELDS = Set.of("phone", "applicantPhone");
        private static final Set<String> CREDIT_CODE_FIELDS = Set.of("creditCode", "employerCreditCode");
        private static final Set<String> PROVINCES = Set.of(
                "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
                "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
                "71", "81", "82");
        private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
        private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        private static final String ID_CHECK = "10X98765432";
        private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        private static final DateTimeFormatter BASIC_DATE =
                DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

        static Set<String> problems(JsonNode document) {
            Set<String> pointers = new TreeSet<>();
            walk(document, "", pointers);
            return pointers;
        }

        private static void walk(JsonNode node, String at, Set<String> pointers) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), at + "/" + i, pointers);
                }
                return;
            }
            if (!node.isObject()) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                String pointer = at + "/" + name;
                if (!value.isTextual()) {
                    walk(value, pointer, pointers);
                    continue;
                }
                String text = value.asText();
                String idType = node.path("idType").asText("RESIDENT_ID");
                if (ID_FIELDS.contains(name) && idType.equals("RESIDENT_ID") && !isResidentId(text)) {
                    pointers.add(pointer);
                } else if (PHONE_FIELDS.contains(name) && !MOBILE.matcher(text).matches()) {
                    pointers.add(pointer);
                } else if (CREDIT_CODE_FIELDS.contains(name) && !isCreditCode(text)) {
                    pointers.add(pointer);
                } else if (name.equals("region") && !(text.matches("^\\d{6}$") && PROVINCES.contains(text.substring(0, 2)))) {
                    pointers.add(pointer);
                } else if (name.equals("birthDate") && node.path("idNumber").isTextual()
                        && isResidentId(node.get("idNumber").asText())
                        && !text.replace("-", "").equals(node.get("idNumber").asText().substring(6, 14))) {
                    pointers.add(pointer);
                }
            }
        }

        static boolean isResidentId(String id) {
            if (!id.matches("^\\d{17}[0-9X]$") || !PROVINCES.contains(id.substring(0, 2))) {
                return false;
            }
            try {
                LocalDate birth = LocalDate.parse(id.substring(6, 14), BASIC_DATE);
                if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1900) {
                    return false;
                }
            } catch (DateTimeParseException e) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
            }
            return ID_CHECK.charAt(sum % 11) == id.charAt(17);
        }

        static boolean isCreditCode(String code) {
            if (code.length() != 18 || !code.substring(2, 8).matches("\\d{6}")) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                int value = CODE_CHARS.indexOf(code.charAt(i));
                if (value < 0) {
                    return false;
                }
                sum += value * CODE_WEIGHTS[i];
            }
            int check = (31 - sum % 31) % 31;
            return CODE_CHARS.charAt(check) == code.charAt(17);
        }
    }
}
