package cn.legalaidhub.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A status event 状态事件 a party reports on a referral (schemas/json/status-event.schema.json). The
 * last five components, and objectionPath, are set by the hub when it delivers the event to the other party.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusEvent(
        EventType type,
        DeclineReason reasonCode,
        String reasonText,
        Assignee assignee,
        String note,
        ProceedingStage stage,
        Outcome outcome,
        Boolean confirm,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime occurredAt,
        List<MissingDocument> missingDocuments,
        List<DocumentKind> items,
        String waivedBy,
        ObjectionDecision decision,
        String objectionPath,
        TerminationReason terminationReason,
        String toRegion,
        Reroute reroute,
        String referralId,
        String sourceRef,
        ReferralStatus status,
        String statusLabel,
        String agency,
        Hearing hearing) {

    /** An event without a hearing, with the fields the hub adds. */
    public StatusEvent(EventType type, DeclineReason reasonCode, String reasonText, Assignee assignee, String note,
            ProceedingStage stage, Outcome outcome, Boolean confirm, OffsetDateTime occurredAt,
            List<MissingDocument> missingDocuments, List<DocumentKind> items, String waivedBy, ObjectionDecision decision,
            String objectionPath, TerminationReason terminationReason, String toRegion, Reroute reroute, String referralId,
            String sourceRef, ReferralStatus status, String statusLabel, String agency) {
        this(type, reasonCode, reasonText, assignee, note, stage, outcome, confirm, occurredAt, missingDocuments, items,
                waivedBy, decision, objectionPath, terminationReason, toRegion, reroute, referralId, sourceRef, status,
                statusLabel, agency, null);
    }

    /** An event as an agency posts it, without the fields the hub adds. */
    public StatusEvent(EventType type, DeclineReason reasonCode, String reasonText, Assignee assignee, String note,
            ProceedingStage stage, Outcome outcome, Boolean confirm, OffsetDateTime occurredAt) {
        this(type, reasonCode, reasonText, assignee, note, stage, outcome, confirm, occurredAt,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A missing document 缺件 of an acceptance with missing documents (容缺受理). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MissingDocument(DocumentKind item, String description, DocumentProvider provider, String providerAgencyId,
            java.time.LocalDate dueDate) {
    }

    /** Where a declined referral goes instead (改派). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reroute(String receiverKind, String region) {
    }

    /** Hearing 开庭安排: date, local time HH:MM, place. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hearing(java.time.LocalDate date, String time, String place, String note) {
    }

    /** Assignee 承办人: a lawyer or a legal-aid workstation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assignee(String name, AssigneeKind kind, String agencyId, String phone) {
    }

    /** Outcome 结案结果 of a closed case. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(OutcomeResult result, BigDecimal amountRecovered, String summary, List<String> documents) {
    }
}
