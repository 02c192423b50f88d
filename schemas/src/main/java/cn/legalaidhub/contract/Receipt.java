package cn.legalaidhub.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** A delivery receipt 送达回执 (schemas/json/receipt.schema.json). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Receipt(
        String referralId,
        String messageId,
        String agency,
        ReceiptKind kind,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime at,
        Integer attempt,
        String detail) {
}
