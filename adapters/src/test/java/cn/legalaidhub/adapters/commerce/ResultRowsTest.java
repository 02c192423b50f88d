package cn.legalaidhub.adapters.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultRowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** 25 rows, every fifth returned, a blank line after the 10th row of the upload (not in the result file). */
    private List<List<String>> uploaded() {
        WorkstationFiles.SampleRows samples = new WorkstationFiles.SampleRows(7, "GS-T-");
        List<List<String>> rows = new ArrayList<>();
        rows.add(WorkstationFiles.header());
        for (int i = 1; i <= 25; i++) {
            rows.add(samples.next());
            if (i == 10) {
                rows.add(new ArrayList<>(java.util.Collections.nCopies(WorkstationFiles.header().size(), "")));
            }
        }
        return rows;
    }

    private List<List<String>> result(List<List<String>> uploaded) {
        List<List<String>> result = new ArrayList<>();
        List<String> header = new ArrayList<>(uploaded.get(0));
        header.addAll(IntakeTemplate.RESULT_HEADERS);
        result.add(header);
        int n = 0;
        for (List<String> row : uploaded.subList(1, uploaded.size())) {
            if (IntakeRowReader.isBlank(row)) {
                continue;
            }
            n++;
            List<String> out = new ArrayList<>(row);
            if (n % 5 == 0) {
                out.addAll(List.of(BatchProcessor.REJECTED, "", "「身份证号码」'330302********1234' 身份证号码无效。"));
            } else {
                out.addAll(List.of(BatchProcessor.ACCEPTED, "R20261125-" + n, ""));
            }
            result.add(out);
        }
        return result;
    }

    @Test
    void pagesTheRowsWithTheirNumbersInTheUploadedFileAndFiltersReturnedOnes() throws Exception {
        List<List<String>> uploaded = uploaded();
        Path original = dir.resolve("B1_受理记录.csv");
        Path resultFile = dir.resolve("B1_受理记录.result.csv");
        Files.write(original, WorkstationFiles.csv(uploaded, StandardCharsets.UTF_8, true));
        Files.write(resultFile, WorkstationFiles.csv(result(uploaded), StandardCharsets.UTF_8, true));

        JsonNode second = JSON.readTree(ResultRows.page(resultFile, original, "B1", ResultRows.Outcome.ALL, 1, 10));
        assertThat(second.path("total").asInt()).isEqualTo(25);
        assertThat(second.path("items")).hasSize(10);
        // the 11th record is on line 13 of the upload: header, ten records, a blank line
        assertThat(second.path("items").get(0).path("row").asInt()).isEqualTo(13);
        assertThat(second.path("items").get(0).path("recordNo").asText()).isEqualTo(uploaded.get(12).get(0));

        JsonNode returned = JSON.readTree(ResultRows.page(resultFile, original, "B1", ResultRows.Outcome.REJECTED, 0, 20));
        assertThat(returned.path("total").asInt()).isEqualTo(5);
        assertThat(returned.path("items")).allSatisfy(item -> {
            assertThat(item.path("result").asText()).isEqualTo("退回");
            assertThat(item.path("reason").asText()).contains("身份证号码");
            assertThat(item.has("applicantIdNumber")).isFalse();
        });
        assertThat(returned.path("items").get(1).path("row").asInt()).as("the 10th record, before the blank line").isEqualTo(11);
        assertThat(returned.path("items").get(2).path("row").asInt()).as("the 15th record, after it").isEqualTo(17);
        assertThat(returned.toString()).doesNotContain(uploaded.get(5).get(4)).doesNotContain(uploaded.get(5).get(5));

        JsonNode accepted = JSON.readTree(ResultRows.page(resultFile, original, "B1", ResultRows.Outcome.ACCEPTED, 0, 50));
        assertThat(accepted.path("total").asInt()).isEqualTo(20);
        assertThat(accepted.path("items").get(0).path("referralId").asText()).isEqualTo("R20261125-1");
    }

    @Test
    void anXlsxResultWithoutItsUploadIsNumberedByItsOwnRows() throws Exception {
        List<List<String>> uploaded = uploaded();
        Path resultFile = dir.resolve("B2_受理记录.result.xlsx");
        Files.write(resultFile, WorkstationFiles.xlsx(result(uploaded)));

        JsonNode page = JSON.readTree(ResultRows.page(resultFile, null, "B2", ResultRows.Outcome.REJECTED, 0, 2));
        assertThat(page.path("total").asInt()).isEqualTo(5);
        assertThat(page.path("items")).hasSize(2);
        assertThat(page.path("items").get(0).path("row").asInt()).isEqualTo(6);
        assertThat(page.path("items").get(1).path("row").asInt()).isEqualTo(11);
    }
}
