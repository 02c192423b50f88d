package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.contract.HubExchange;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The workstations' batch intake as in-process doors, for channels that have authenticated a person of the
 * workstation themselves (the staff console): the same upload, progress, list, result file and template as
 * {@code /partner/commerce/…}, answered by the same {@link CommerceBatchController} for the calling agency
 * ({@value HubExchange#CALLING_AGENCY}), plus the rows of a result file page by page ({@link ResultRows}).
 */
@Component
class CommerceBatchDoors extends RouteBuilder {

    private final CommerceBatchController batches;
    private final Workstations workstations;
    private final BatchLedger ledger;

    CommerceBatchDoors(CommerceBatchController batches, Workstations workstations, BatchLedger ledger) {
        this.batches = batches;
        this.workstations = workstations;
        this.ledger = ledger;
    }

    @Override
    public void configure() {
        from(HubExchange.COMMERCE_BATCH_UPLOAD).routeId("commerce-batch-upload-door").process(this::upload);
        from(HubExchange.COMMERCE_BATCH_LIST).routeId("commerce-batch-list-door").process(e -> answer(e,
                batches.list(agency(e), header(e, "page", 0), header(e, "size", 20))));
        from(HubExchange.COMMERCE_BATCH_READ).routeId("commerce-batch-read-door").process(e -> answer(e,
                batches.batch(agency(e), id(e))));
        from(HubExchange.COMMERCE_BATCH_ROWS).routeId("commerce-batch-rows-door").process(this::rows);
        from(HubExchange.COMMERCE_BATCH_RESULT).routeId("commerce-batch-result-door").process(e -> answer(e,
                batches.result(agency(e), id(e))));
        from(HubExchange.COMMERCE_TEMPLATE).routeId("commerce-template-door").process(e -> answer(e,
                "xlsx".equalsIgnoreCase(e.getMessage().getHeader("format", "csv", String.class)) ? batches.xlsxTemplate()
                        : batches.csvTemplate()));
    }

    /** Body: the file (stream or bytes), header {@code fileName}. Answer as {@code POST /partner/commerce/batches}. */
    private void upload(Exchange exchange) throws Exception {
        String agency = agency(exchange);
        if (workstations.byId(agency).isEmpty()) {
            answer(exchange, batches.problem(403, "Not a workstation 非工作站账户", "Agency " + agency
                    + " has no batch folder; ask the hub operator.", null));
            return;
        }
        String name = exchange.getMessage().getHeader("fileName", String.class);
        if (name == null || name.isBlank()) {
            answer(exchange, batches.problem(400, "No file name 缺少文件名", "Choose a .csv or .xlsx file to upload. 请选择要上传的文件。", "/file"));
            return;
        }
        Path temporary = workstations.spool(agency).resolve(".upload-" + UUID.randomUUID() + ".part");
        try (InputStream in = exchange.getMessage().getMandatoryBody(InputStream.class)) {
            if (batches.copyLimited(in, temporary) < 0) {
                answer(exchange, batches.problem(413, "File too large 文件过大", "The file is larger than hub.commerce.max-upload-size; "
                        + "split it, or send it over SFTP. 文件过大，请拆分后上传或使用SFTP。", null));
                return;
            }
            answer(exchange, batches.accept(agency, temporary, Path.of(name).getFileName().toString()));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Headers {@code id}, {@code page}, {@code size}, {@code outcome} (all|rejected|accepted). */
    private void rows(Exchange exchange) throws Exception {
        String agency = agency(exchange);
        var batch = ledger.find(id(exchange)).filter(b -> b.agency().equals(agency));
        if (batch.isEmpty()) {
            answer(exchange, batches.problem(404, "Not found 未找到", "No batch " + id(exchange) + " of this workstation.", null));
            return;
        }
        if (batch.get().resultFile() == null) {
            answer(exchange, batches.problem(409, "Result not ready 结果文件尚未生成", "Batch " + batch.get().id() + " is "
                    + batch.get().status() + "; its rows are listed once all are read.", null));
            return;
        }
        int page = header(exchange, "page", 0);
        int size = header(exchange, "size", 20);
        if (page < 0 || size < 1 || size > 200) {
            answer(exchange, batches.problem(400, "Invalid paging 分页参数有误", "page >= 0 and 1 <= size <= 200.", "?size"));
            return;
        }
        Path home = workstations.home(agency);
        Path original = workstations.folder(agency, Workstations.PROCESSED).resolve(batch.get().id() + "_" + batch.get().fileName());
        String outcome = exchange.getMessage().getHeader("outcome", "all", String.class);
        String answer = ResultRows.page(home.resolve(batch.get().resultFile()), Files.isRegularFile(original) ? original : null,
                batch.get().id(), ResultRows.Outcome.of(outcome), page, size);
        Message message = exchange.getMessage();
        message.setHeader(HubExchange.RESPONSE_CODE, 200);
        message.setBody(answer);
    }

    /** The controller's answer as a door's: status, content type, file name and body (text, or a stream for files). */
    private static void answer(Exchange exchange, ResponseEntity<?> response) throws Exception {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(HubExchange.RESPONSE_CODE, response.getStatusCode().value());
        if (response.getHeaders().getContentType() != null) {
            message.setHeader(Exchange.CONTENT_TYPE, response.getHeaders().getContentType().toString());
        }
        String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            message.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        Object body = response.getBody();
        message.setBody(body instanceof Resource resource ? resource.getInputStream() : body);
    }

    private static String agency(Exchange exchange) {
        String agency = exchange.getMessage().getHeader(HubExchange.CALLING_AGENCY, String.class);
        if (agency == null || agency.isBlank()) {
            throw new IllegalArgumentException("A commerce batch door needs " + HubExchange.CALLING_AGENCY);
        }
        return agency;
    }

    private static String id(Exchange exchange) {
        return exchange.getMessage().getHeader(HubExchange.REFERRAL_ID, "", String.class);
    }

    private static int header(Exchange exchange, String name, int fallback) {
        try {
            return exchange.getMessage().getHeader(name, fallback, Integer.class);
        } catch (RuntimeException notANumber) {
            return -1;
        }
    }
}
