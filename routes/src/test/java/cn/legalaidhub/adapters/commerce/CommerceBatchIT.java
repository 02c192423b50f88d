package cn.legalaidhub.adapters.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Chamber-of-commerce workstations against the running hub: the simulator uploads batch files with a
 * real SFTP client (Apache MINA SSHD) and over HTTPS upload; the good rows become referrals delivered to
 * the legal-aid center, bad rows come back in the result file naming each problem, the summary is
 * readable through the API, and the legal-aid center's answer reaches the workstation's inbox.
 */
class CommerceBatchIT extends HubIntegrationTest {

    private static final String WORKSTATION = "commerce-330300";
    private static final String OTHER_WORKSTATION = "commerce-330300-guizhou";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<WorkstationSimulator> OPEN = new ArrayList<>();

    @Autowired
    CommerceSftpServer sftpServer;
    @Autowired
    Workstations workstations;

    private final HttpClient http = HttpClient.newHttpClient();
    private WorkstationFiles.SampleRows samples;

    @BeforeEach
    void newRecordNumbers() {
        samples = new WorkstationFiles.SampleRows(UUID.randomUUID().hashCode(), "GS-IT-" + UUID.randomUUID().toString().substring(0, 8) + "-");
    }

    @AfterAll
    static void closeSimulators() throws IOException {
        for (WorkstationSimulator s : OPEN) {
            s.close();
        }
    }

    @Test
    void anSftpBatchBecomesReferralsAResultFileAndASummaryAndTheStatusComesBack() throws Exception {
        WorkstationSimulator workstation = simulator(WORKSTATION, "it-commerce-330300-sftp", null);
        List<List<String>> file = new ArrayList<>();
        file.add(WorkstationFiles.header());
        for (int i = 0; i < 3; i++) {
            file.add(samples.next());
        }
        List<String> wrongId = new ArrayList<>(samples.next());
        wrongId.set(4, "330302199001011234");
        wrongId.set(5, "12345");
        file.add(wrongId);
        List<String> wrongCodes = new ArrayList<>(samples.next());
        wrongCodes.set(6, "外卖小哥");
        wrongCodes.set(3, "");
        file.add(wrongCodes);
        file.add(List.of("", "", ""));
        String name = "受理记录-" + UUID.randomUUID() + ".csv";

        workstation.upload(name, WorkstationFiles.csv(file, CsvBatchFile.GBK, false));

        byte[] resultBytes = await().atMost(PATIENCE).until(() -> workstation.result(name).orElse(null), r -> r != null);
        List<List<String>> result = readCsv(resultBytes, CsvBatchFile.GBK);
        assertThat(result.get(0)).endsWith("处理结果", "转介编号", "原因");
        assertThat(result).hasSize(6);
        List<String> referralIds = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            assertThat(result.get(i).subList(0, 17)).isEqualTo(file.get(i));
            assertThat(result.get(i).get(17)).isEqualTo("已受理");
            assertThat(result.get(i).get(18)).startsWith("R");
            referralIds.add(result.get(i).get(18));
        }
        assertThat(result.get(4).get(17)).isEqualTo("退回");
        assertThat(result.get(4).get(19)).contains("「身份证号码」", "「联系电话」");
        assertThat(result.get(5).get(19)).contains("「人群类别」", "「申请人姓名」");
        assertThat(workstation.list("processed")).anyMatch(n -> n.endsWith("_" + name));
        assertThat(workstation.list("inbox")).doesNotContain(name);

        JsonNode batch = batchOf(name);
        assertThat(batch.path("status").asText()).isEqualTo("DONE");
        assertThat(batch.path("channel").asText()).isEqualTo("SFTP");
        assertThat(batch.path("rowsRead").asInt()).isEqualTo(5);
        assertThat(batch.path("rowsAccepted").asInt()).isEqualTo(3);
        assertThat(batch.path("rowsRejected").asInt()).isEqualTo(2);
        assertThat(batch.path("sha256").asText()).hasSize(64);

        await().atMost(PATIENCE).until(() -> LEGAL_AID.referralsReceived().containsAll(referralIds));
        HubApiClient legalAid = as("legalaid-330300");
        assertThat(legalAid.post("/api/v1/referrals/" + referralIds.get(0) + "/events",
                "{\"type\":\"ACCEPTED\",\"note\":\"符合法律援助条件，予以受理\"}").status()).isEqualTo(202);
        String recordNo = file.get(1).get(0);
        List<JsonNode> events = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            json(workstation.fetchStatusEvents()).path("items").forEach(events::add);
            return events.stream().anyMatch(e -> e.path("referralId").asText().equals(referralIds.get(0)));
        });
        JsonNode event = events.stream().filter(e -> e.path("referralId").asText().equals(referralIds.get(0))).findFirst().orElseThrow();
        assertThat(event.path("payload").path("type").asText()).isEqualTo("ACCEPTED");
        assertThat(event.path("payload").path("sourceRef").asText()).isEqualTo(recordNo);

        // the same file again: nothing new is created, every good row answers with its first referral
        workstation.upload(name, WorkstationFiles.csv(file, CsvBatchFile.GBK, false));
        await().atMost(PATIENCE).until(() -> batches().stream().filter(b -> b.path("fileName").asText().equals(name)
                && b.path("status").asText().equals("DONE")).count() == 2);
        JsonNode again = batches().stream().filter(b -> b.path("fileName").asText().equals(name)).findFirst().orElseThrow();
        assertThat(again.path("rowsAccepted").asInt()).isEqualTo(3);
        assertThat(again.path("rowsDuplicate").asInt()).isEqualTo(3);
        List<List<String>> second = readCsv(download(again.path("resultUrl").asText(), WORKSTATION).body(), CsvBatchFile.GBK);
        assertThat(second.subList(1, 4)).allSatisfy(row -> assertThat(row.get(17)).isEqualTo("已受理（重复提交）"));
        assertThat(second.subList(1, 4).stream().map(r -> r.get(18)).toList()).isEqualTo(referralIds);
        assertThat(LEGAL_AID.referralsDeliveredAsDifferentMessages()).doesNotContainAnyElementsOf(referralIds);
    }

    @Test
    void anXlsxUploadedOverHttpsIsReadAndItsResultDownloaded() throws Exception {
        List<List<String>> file = new ArrayList<>();
        file.add(WorkstationFiles.header());
        for (int i = 0; i < 20; i++) {
            file.add(samples.next());
        }
        List<String> bad = new ArrayList<>(samples.next());
        bad.set(10, "讨薪");
        file.add(bad);
        String name = "上传-" + UUID.randomUUID() + ".xlsx";

        HttpResponse<String> accepted = multipartUpload(WORKSTATION, name, WorkstationFiles.xlsx(file));

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode batch = JSON.readTree(accepted.body());
        String id = batch.path("batchId").asText();
        assertThat(accepted.headers().firstValue("Location")).hasValue("/partner/commerce/batches/" + id);
        JsonNode done = await().atMost(PATIENCE).until(() -> JSON.readTree(get("/partner/commerce/batches/" + id, WORKSTATION).body()),
                b -> b.path("status").asText().equals("DONE"));
        assertThat(done.path("channel").asText()).isEqualTo("HTTPS");
        assertThat(done.path("rowsRead").asInt()).isEqualTo(21);
        assertThat(done.path("rowsAccepted").asInt()).isEqualTo(20);
        assertThat(done.path("rowsRejected").asInt()).isEqualTo(1);

        HttpResponse<byte[]> result = download(done.path("resultUrl").asText(), WORKSTATION);
        assertThat(result.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        Path resultFile = Files.createTempFile("result", ".xlsx");
        Files.write(resultFile, result.body());
        List<List<String>> rows = new ArrayList<>();
        XlsxBatchFile.read(resultFile, (n, cells) -> rows.add(cells));
        assertThat(rows).hasSize(22);
        assertThat(rows.get(21).get(17)).isEqualTo("退回");
        assertThat(rows.get(21).get(19)).startsWith("「案由」'讨薪'");
        assertThat(rows.subList(1, 21)).allSatisfy(r -> assertThat(r.get(17)).isEqualTo("已受理"));
        assertThat(Files.list(workstations.folder(WORKSTATION, "results")).map(p -> p.getFileName().toString()))
                .contains(id + "_" + name.replace(".xlsx", "") + ".result.xlsx");
    }

    @Test
    void aFileNotInTheTemplateIsRefusedNamingEveryMissingColumn() throws Exception {
        String csv = "工作站登记号,申请人姓名,备注\r\nGS-1,张三,无\r\n";
        HttpResponse<String> accepted = rawUpload(WORKSTATION, "错误模板.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = JSON.readTree(accepted.body()).path("batchId").asText();

        JsonNode failed = await().atMost(PATIENCE).until(() -> JSON.readTree(get("/partner/commerce/batches/" + id, WORKSTATION).body()),
                b -> b.path("status").asText().equals("FAILED"));

        assertThat(failed.path("error").asText()).contains("「身份证号码」", "「用人单位」", "「案由」", "「基本案情」", "「行政区划代码」");
        List<List<String>> result = readCsv(download(failed.path("resultUrl").asText(), WORKSTATION).body(), StandardCharsets.UTF_8);
        assertThat(result.get(0)).containsExactly("工作站登记号", "申请人姓名", "备注", "处理结果", "转介编号", "原因");
        assertThat(result.get(1).get(3)).isEqualTo("文件退回");
        assertThat(Files.list(workstations.folder(WORKSTATION, "failed")).map(p -> p.getFileName().toString()))
                .contains(id + "_错误模板.csv");
    }

    @Test
    void uploadsAreRefusedAsProblemsNamingTheCause() throws Exception {
        HttpResponse<String> wrongType = rawUpload(WORKSTATION, "受理记录.xls", new byte[] {1, 2, 3});
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(wrongType.body()).path("detail").asText()).contains(".csv", ".xlsx");

        HttpResponse<String> noName = send(HttpRequest.newBuilder(baseUri().resolve("/partner/commerce/batches"))
                .header("Authorization", bearer(WORKSTATION)).POST(HttpRequest.BodyPublishers.ofString("a,b")));
        assertThat(noName.statusCode()).isEqualTo(400);

        HttpResponse<String> notAWorkstation = send(HttpRequest.newBuilder(baseUri().resolve("/partner/commerce/batches"))
                .header("Authorization", bearer("arbitration-330300")).GET());
        assertThat(notAWorkstation.statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(baseUri().resolve("/partner/commerce/batches")).GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void eachWorkstationSeesOnlyItsOwnHomeAndBatchesAndMayWriteOnlyItsInbox() throws Exception {
        List<List<String>> file = List.of(WorkstationFiles.header(), samples.next());
        String id = JSON.readTree(rawUpload(WORKSTATION, "own-" + UUID.randomUUID() + ".csv",
                WorkstationFiles.csv(file, StandardCharsets.UTF_8, true)).body()).path("batchId").asText();

        assertThat(get("/partner/commerce/batches/" + id, OTHER_WORKSTATION).statusCode()).isEqualTo(404);
        assertThat(download("/partner/commerce/batches/" + id + "/result", OTHER_WORKSTATION).statusCode()).isEqualTo(404);

        WorkstationSimulator other = simulator(OTHER_WORKSTATION, "it-commerce-330300-guizhou-sftp", null);
        await().atMost(PATIENCE).until(() -> JSON.readTree(get("/partner/commerce/batches/" + id, WORKSTATION).body())
                .path("status").asText().equals("DONE"));
        assertThat(other.list("results")).noneMatch(n -> n.startsWith(id));
        assertThatThrownBy(() -> other.read("/../" + WORKSTATION + "/results/x")).isInstanceOf(IOException.class);

        WorkstationSimulator byKey = simulator(WORKSTATION, null, workstationKey());
        assertThat(byKey.list("results")).anyMatch(n -> n.startsWith(id));
        assertThatThrownBy(() -> byKey.write("/processed/forged.csv", new byte[] {1})).isInstanceOf(IOException.class);
        assertThat(workstations.folder(WORKSTATION, "processed").resolve("forged.csv")).doesNotExist();

        WorkstationSimulator wrongPassword = simulator(WORKSTATION, "guess", null);
        assertThatThrownBy(() -> wrongPassword.list("inbox")).isInstanceOf(IOException.class);
    }

    @Test
    void aDoneFileReleasesAnUploadAtOnceAndASpooledFileIsFinishedAfterACrash() throws Exception {
        WorkstationSimulator workstation = simulator(WORKSTATION, "it-commerce-330300-sftp", null);
        String name = "done-marker-" + UUID.randomUUID() + ".csv";
        workstation.upload(name, WorkstationFiles.csv(List.of(WorkstationFiles.header(), samples.next()), StandardCharsets.UTF_8, false));
        workstation.upload(name + ".done", new byte[0]);
        await().atMost(PATIENCE).until(() -> workstation.result(name).isPresent());
        assertThat(workstation.list("inbox")).doesNotContain(name, name + ".done");

        // the hub stopped after moving a file into its spool and before recording its batch
        String batchId = "B20260101-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String spooled = "crashed-" + UUID.randomUUID() + ".csv";
        Files.write(workstations.spool(WORKSTATION).resolve(batchId + "__" + spooled),
                WorkstationFiles.csv(List.of(WorkstationFiles.header(), samples.next()), StandardCharsets.UTF_8, true));

        await().atMost(PATIENCE).until(() -> JSON.readTree(get("/partner/commerce/batches/" + batchId, WORKSTATION).body())
                .path("status").asText().equals("DONE"));
        assertThat(workstation.list("processed")).contains(batchId + "_" + spooled);
        assertThat(workstation.result(spooled)).isPresent();
    }

    // ---- helpers ----

    private WorkstationSimulator simulator(String agency, String password, KeyPair key) {
        WorkstationSimulator simulator = new WorkstationSimulator("127.0.0.1", sftpServer.port(), agency, password, key,
                as(agency));
        OPEN.add(simulator);
        return simulator;
    }

    private static KeyPair workstationKey() throws Exception {
        Path file = Path.of("src/test/resources/commerce/workstation-key");
        try (var in = Files.newInputStream(file)) {
            return SecurityUtils.loadKeyPairIdentities(null, () -> file.toString(), in, null).iterator().next();
        }
    }

    private JsonNode batchOf(String fileName) throws Exception {
        return batches().stream().filter(b -> b.path("fileName").asText().equals(fileName)).findFirst().orElseThrow();
    }

    private List<JsonNode> batches() throws Exception {
        List<JsonNode> list = new ArrayList<>();
        JSON.readTree(get("/partner/commerce/batches?size=200", WORKSTATION).body()).path("items").forEach(list::add);
        return list;
    }

    private static List<List<String>> readCsv(byte[] bytes, java.nio.charset.Charset charset) throws Exception {
        Path file = Files.createTempFile("result", ".csv");
        Files.write(file, bytes);
        List<List<String>> rows = new ArrayList<>();
        CsvBatchFile.Encoding encoding = CsvBatchFile.read(file, (n, cells) -> rows.add(cells));
        assertThat(encoding.charset()).isEqualTo(charset);
        Files.delete(file);
        return rows;
    }

    private String bearer(String agency) {
        return "Bearer it-" + agency + "-key";
    }

    private HttpResponse<String> get(String path, String agency) throws Exception {
        return send(HttpRequest.newBuilder(baseUri().resolve(path)).header("Authorization", bearer(agency)).GET());
    }

    /** Basic authentication (agency id + API key), as older workstation systems send it. */
    private HttpResponse<byte[]> download(String path, String agency) throws Exception {
        String basic = Base64.getEncoder().encodeToString((agency + ":it-" + agency + "-key").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(baseUri().resolve(path)).header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> rawUpload(String agency, String fileName, byte[] content) throws Exception {
        URI uri = baseUri().resolve("/partner/commerce/batches?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri).header("Authorization", bearer(agency))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private HttpResponse<String> multipartUpload(String agency, String fileName, byte[] content) throws Exception {
        String boundary = "----hub" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(baseUri().resolve("/partner/commerce/batches")).header("Authorization", bearer(agency))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
