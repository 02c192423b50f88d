package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.contract.ContractJson;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.contract.ProblemDetails;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The HTTPS side of the workstations' batch intake, under {@code /partner/commerce/} (the hub's filter
 * has authenticated the caller as a chamber-of-commerce agency and set {@code X-Hub-Agency}):
 * upload a file (streamed to disk, then claimed into the same pipeline as SFTP files), follow its
 * progress, list batches, download the result file and the template. A Spring MVC controller rather
 * than the REST DSL, so that uploads and downloads stream between the socket and the disk.
 */
@RestController
@RequestMapping("/partner/commerce")
class CommerceBatchController {

    private static final String PROBLEM = ProblemDetails.MEDIA_TYPE;

    private final Workstations workstations;
    private final BatchInbox inbox;
    private final BatchLedger ledger;
    private final CommerceSettings settings;
    private final ProducerTemplate producer;
    private final ObjectMapper json = ContractJson.newMapper();

    CommerceBatchController(Workstations workstations, BatchInbox inbox, BatchLedger ledger, CommerceSettings settings,
            ProducerTemplate producer) {
        this.workstations = workstations;
        this.inbox = inbox;
        this.ledger = ledger;
        this.settings = settings;
        this.producer = producer;
    }

    /**
     * Upload one batch file: either {@code multipart/form-data} with the file in part {@code file}, or the
     * file itself as the body with its name in {@code ?fileName=} or {@code Content-Disposition}.
     * Answers 202 with the batch; the rows are read afterwards (follow {@code GET /batches/{id}}).
     */
    @PostMapping("/batches")
    ResponseEntity<String> upload(@RequestHeader(HubExchange.CALLING_AGENCY) String agency,
            @RequestParam(name = "fileName", required = false) String fileName, HttpServletRequest request) throws IOException {
        if (workstations.byId(agency).isEmpty()) {
            return problem(403, "Not a workstation 非工作站账户", "Agency " + agency + " has no batch folder; ask the hub operator.", null);
        }
        Path temporary = workstations.spool(agency).resolve(".upload-" + UUID.randomUUID() + ".part");
        try {
            String name;
            if (request instanceof MultipartHttpServletRequest multipart) {
                MultipartFile file = multipart.getFile("file");
                if (file == null || file.isEmpty()) {
                    return problem(400, "No file 未上传文件", "Send the batch file in the multipart part named 'file'.", "/file");
                }
                name = file.getOriginalFilename();
                file.transferTo(temporary);
            } else {
                name = fileName != null ? fileName : dispositionName(request.getHeader(HttpHeaders.CONTENT_DISPOSITION));
                if (name == null || name.isBlank()) {
                    return problem(400, "No file name 缺少文件名",
                            "Give the file name in ?fileName= or Content-Disposition (the extension tells .csv from .xlsx).", "?fileName");
                }
                long copied = copyLimited(request.getInputStream(), temporary);
                if (copied < 0) {
                    return tooLarge();
                }
            }
            return accept(agency, temporary, name);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Takes a file already copied to {@code temporary} (in the agency's spool) into the batch pipeline. */
    ResponseEntity<String> accept(String agency, Path temporary, String name) throws IOException {
        if (BatchFormat.of(name == null ? "" : name).isEmpty()) {
            return problem(415, "Unsupported file type 不支持的文件类型",
                    "Only .csv and .xlsx files in the published template are accepted; got '" + name + "'.", "?fileName");
        }
        if (Files.size(temporary) == 0) {
            return problem(400, "Empty file 空文件", "The uploaded file is empty.", null);
        }
        BatchInbox.Claimed claimed = inbox.claim(agency, temporary, name, BatchLedger.Channel.HTTPS);
        if (inbox.begin(claimed.batchId())) {
            try {
                producer.sendBody(CommerceBatchRoute.BATCHES, claimed);
            } catch (RuntimeException busy) {
                inbox.release(claimed.batchId(), false);  // the next scan of the spool takes it
            }
        }
        BatchLedger.Batch batch = ledger.find(claimed.batchId()).orElseThrow();
        return ResponseEntity.accepted().location(java.net.URI.create("/partner/commerce/batches/" + batch.id()))
                .contentType(MediaType.APPLICATION_JSON).body(view(batch).toString());
    }

    /** The caller's batches, newest first. */
    @GetMapping("/batches")
    ResponseEntity<String> list(@RequestHeader(HubExchange.CALLING_AGENCY) String agency,
            @RequestParam(name = "page", defaultValue = "0") int page, @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            return problem(400, "Invalid paging 分页参数有误", "page >= 0 and 1 <= size <= 200.", "?size");
        }
        ObjectNode answer = json.createObjectNode();
        ArrayNode items = answer.putArray("items");
        ledger.list(agency, page, size).forEach(b -> items.add(view(b)));
        answer.put("page", page);
        answer.put("size", size);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer.toString());
    }

    /** One batch: its status and counts so far (the progress of a large file), and its summary once finished. */
    @GetMapping("/batches/{id}")
    ResponseEntity<String> batch(@RequestHeader(HubExchange.CALLING_AGENCY) String agency, @PathVariable("id") String id) {
        return ledger.find(id).filter(b -> b.agency().equals(agency))
                .map(b -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view(b).toString()))
                .orElseGet(() -> notFound(id));
    }

    /** The result file: the batch file's rows with 处理结果, 转介编号 and 原因, in the format of the file. */
    @GetMapping("/batches/{id}/result")
    ResponseEntity<?> result(@RequestHeader(HubExchange.CALLING_AGENCY) String agency, @PathVariable("id") String id) {
        var batch = ledger.find(id).filter(b -> b.agency().equals(agency));
        if (batch.isEmpty()) {
            return notFound(id);
        }
        if (batch.get().resultFile() == null) {
            return problem(409, "Result not ready 结果文件尚未生成",
                    "Batch " + id + " is " + batch.get().status() + "; its result file is written when all rows are read.", null);
        }
        Path file = workstations.home(agency).resolve(batch.get().resultFile());
        if (!Files.isRegularFile(file)) {
            return problem(410, "Result file removed 结果文件已删除", "The result file of batch " + id + " is no longer on the hub.", null);
        }
        BatchFormat format = file.toString().endsWith(".xlsx") ? BatchFormat.XLSX : BatchFormat.CSV;
        return download(new FileSystemResource(file), file.getFileName().toString(), format);
    }

    @GetMapping("/template.csv")
    ResponseEntity<?> csvTemplate() {
        return download(new org.springframework.core.io.ByteArrayResource(BatchTemplateFiles.csv()), "商会工作站受理记录模板.csv",
                BatchFormat.CSV);
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<?> xlsxTemplate() throws IOException {
        return download(new org.springframework.core.io.ByteArrayResource(BatchTemplateFiles.xlsx()), "商会工作站受理记录模板.xlsx",
                BatchFormat.XLSX);
    }

    private ObjectNode view(BatchLedger.Batch b) {
        ObjectNode v = json.createObjectNode();
        v.put("batchId", b.id());
        v.put("agency", b.agency());
        v.put("fileName", b.fileName());
        v.put("format", b.format().name());
        v.put("channel", b.channel().name());
        v.put("sizeBytes", b.sizeBytes());
        v.put("sha256", b.sha256());
        v.put("status", b.status().name());
        v.put("rowsRead", b.rowsRead());
        v.put("rowsAccepted", b.rowsAccepted());
        v.put("rowsDuplicate", b.rowsDuplicate());
        v.put("rowsRejected", b.rowsRejected());
        if (b.error() != null) {
            v.put("error", b.error());
        }
        v.put("receivedAt", String.valueOf(b.receivedAt()));
        if (b.startedAt() != null) {
            v.put("startedAt", b.startedAt().toString());
        }
        if (b.finishedAt() != null) {
            v.put("finishedAt", b.finishedAt().toString());
        }
        if (b.resultFile() != null) {
            v.put("resultFile", b.resultFile());
            v.put("resultUrl", "/partner/commerce/batches/" + b.id() + "/result");
        }
        return v;
    }

    private ResponseEntity<?> download(Resource resource, String fileName, BatchFormat format) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .body(resource);
    }

    /** Copies the body to the file; -1 when it is larger than {@code hub.commerce.max-upload-size}. */
    long copyLimited(InputStream in, Path target) throws IOException {
        long max = settings.maxUploadBytes();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > max) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static String dispositionName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return ContentDisposition.parse(header).getFilename();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private ResponseEntity<String> tooLarge() {
        return problem(413, "File too large 文件过大", "A batch file may have at most " + settings.maxUploadBytes()
                + " bytes (hub.commerce.max-upload-size); split it, or send it over SFTP.", null);
    }

    private ResponseEntity<String> notFound(String id) {
        return problem(404, "Not found 未找到", "No batch " + id + " of this workstation.", null);
    }

    ResponseEntity<String> problem(int status, String title, String detail, String pointer) {
        List<ProblemDetails.FieldError> errors = pointer == null ? null
                : List.of(new ProblemDetails.FieldError(pointer, "invalid", title + ": " + detail));
        ProblemDetails problem = new ProblemDetails("about:blank", title, status, detail, null, errors, null);
        try {
            return ResponseEntity.status(status).contentType(MediaType.parseMediaType(PROBLEM)).body(json.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
