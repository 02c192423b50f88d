package cn.legalaidhub.adapters.arbitration;

import static cn.legalaidhub.adapters.arbitration.ArbitrationCodes.*;
import static cn.legalaidhub.adapters.soap.Json.*;

import cn.legalaidhub.adapters.arbitration.ws.types.ClosingInfo;
import cn.legalaidhub.adapters.arbitration.ws.types.HandlerInfo;
import cn.legalaidhub.adapters.arbitration.ws.types.HearingInfo;
import cn.legalaidhub.adapters.arbitration.ws.types.HubNotice;
import cn.legalaidhub.adapters.arbitration.ws.types.LiaisonInfo;
import cn.legalaidhub.adapters.arbitration.ws.types.ReferralReceipt;
import cn.legalaidhub.adapters.arbitration.ws.types.ReferralStatusInfo;
import cn.legalaidhub.adapters.arbitration.ws.types.StatusNotice;
import cn.legalaidhub.adapters.arbitration.ws.types.TimelineEntry;
import cn.legalaidhub.adapters.soap.CoordinationNotice;
import cn.legalaidhub.adapters.soap.SoapDates;
import cn.legalaidhub.contract.DeclineReason;
import cn.legalaidhub.contract.EventType;
import cn.legalaidhub.contract.LabelledCode;
import cn.legalaidhub.contract.NoticeKind;
import cn.legalaidhub.contract.ProceedingStage;
import cn.legalaidhub.contract.ReferralStatus;
import com.fasterxml.jackson.databind.JsonNode;

/** The hub's answers and status events in the institute's format (arbitration-types.xsd). */
public final class ArbitrationStatusMapping {

    private ArbitrationStatusMapping() {
    }

    /** The intake door's 202 answer {referralId, status, receiver, duplicate} as the institute's receipt. */
    static ReferralReceipt receipt(JsonNode accepted, String caseNo) {
        ReferralReceipt receipt = new ReferralReceipt();
        receipt.setHubReferralId(text(accepted, "referralId"));
        receipt.setArbitrationCaseNo(caseNo);
        receipt.setStatus(STATUS.partner(text(accepted, "status")));
        receipt.setStatusName(statusLabel(text(accepted, "status")));
        receipt.setReceiverAgency(text(accepted, "receiver"));
        receipt.setDuplicate(accepted.path("duplicate").asBoolean());
        return receipt;
    }

    /** The read door's view of a referral (status + timeline) as the institute's status info. */
    static ReferralStatusInfo statusInfo(JsonNode view) {
        ReferralStatusInfo info = new ReferralStatusInfo();
        info.setHubReferralId(text(view, "referralId"));
        info.setArbitrationCaseNo(text(view, "sourceRef"));
        info.setStatus(STATUS.partner(text(view, "status")));
        info.setStatusName(statusLabel(text(view, "status")));
        info.setReceiverAgency(text(view, "receiver"));
        info.setGreenChannel(view.path("greenChannel").asBoolean());
        info.setUpdatedTime(SoapDates.xmlDateTime(text(view, "updatedAt")));
        ReferralStatusInfo.Timeline timeline = new ReferralStatusInfo.Timeline();
        for (JsonNode t : view.path("timeline")) {
            TimelineEntry entry = new TimelineEntry();
            entry.setTime(SoapDates.xmlDateTime(text(t, "at")));
            entry.setEntryKind(text(t, "kind"));
            entry.setEntryType(text(t, "type"));
            entry.setAgency(text(t, "agency"));
            entry.setStatusAfter(STATUS.partner(text(t, "status")));
            entry.setRemark(remark(t.get("detail")));
            timeline.getEntry().add(entry);
        }
        info.setTimeline(timeline);
        return info;
    }

    /** A STATUS_EVENT envelope as the institute's NotifyStatus notice. */
    public static StatusNotice notice(JsonNode envelope) {
        JsonNode e = envelope.path("payload");
        StatusNotice n = new StatusNotice();
        n.setMessageId(text(envelope, "messageId"));
        n.setHubReferralId(text(e, "referralId") != null ? text(e, "referralId") : text(envelope, "referralId"));
        n.setArbitrationCaseNo(text(e, "sourceRef"));
        n.setEventType(text(e, "type"));
        n.setEventName(LabelledCode.parse(EventType.class, text(e, "type")).map(EventType::label).orElse(text(e, "type")));
        n.setStatus(STATUS.partner(text(e, "status")));
        n.setStatusName(text(e, "statusLabel") != null ? text(e, "statusLabel") : statusLabel(text(e, "status")));
        n.setEventTime(SoapDates.xmlDateTime(text(e, "occurredAt") != null ? text(e, "occurredAt") : text(envelope, "sentAt")));
        n.setReportingAgency(text(e, "agency") != null ? text(e, "agency") : text(envelope, "sender"));
        n.setDeclineReason(text(e, "reasonCode"));
        n.setDeclineReasonText(text(e, "reasonText") != null ? text(e, "reasonText")
                : LabelledCode.parse(DeclineReason.class, text(e, "reasonCode")).map(DeclineReason::label).orElse(null));
        if (e.has("assignee")) {
            JsonNode a = e.get("assignee");
            HandlerInfo handler = new HandlerInfo();
            handler.setName(text(a, "name"));
            handler.setHandlerType(HANDLER_TYPE.partner(text(a, "kind")));
            handler.setMobile(text(a, "phone"));
            n.setHandler(handler);
        }
        n.setCaseStage(LabelledCode.parse(ProceedingStage.class, text(e, "stage")).map(ProceedingStage::label).orElse(null));
        if (e.has("hearing")) {
            JsonNode h = e.get("hearing");
            HearingInfo hearing = new HearingInfo();
            hearing.setHearingDate(SoapDates.xmlDate(text(h, "date")));
            hearing.setHearingTime(text(h, "time"));
            hearing.setHearingPlace(text(h, "place"));
            hearing.setRemark(text(h, "note"));
            n.setHearing(hearing);
        }
        if (e.has("outcome")) {
            JsonNode o = e.get("outcome");
            ClosingInfo closing = new ClosingInfo();
            closing.setResultCode(CLOSING_RESULT.partner(text(o, "result")));
            closing.setRecoveredAmount(decimal(o, "amountRecovered"));
            closing.setSummary(text(o, "summary"));
            o.path("documents").forEach(d -> closing.getDocument().add(d.asText()));
            n.setClosing(closing);
        }
        n.setRemark(text(e, "note"));
        return n;
    }

    /** A NOTICE envelope (reminder, overdue notice, missing documents …) as the institute's ReceiveHubNotice. */
    public static HubNotice hubNotice(JsonNode envelope) {
        JsonNode n = envelope.path("payload");
        HubNotice out = new HubNotice();
        out.setMessageId(text(envelope, "messageId"));
        out.setNoticeId(text(n, "noticeId"));
        out.setNoticeKind(text(n, "kind"));
        out.setNoticeKindName(LabelledCode.parse(NoticeKind.class, text(n, "kind")).map(NoticeKind::label).orElse(text(n, "kind")));
        out.setHubReferralId(text(n, "referralId") != null ? text(n, "referralId") : text(envelope, "referralId"));
        out.setTitle(text(n, "title"));
        out.setContent(text(n, "text"));
        out.setResponsibleAgency(text(n, "responsibleAgency"));
        out.setDueTime(SoapDates.xmlDateTime(text(n.path("clock"), "dueAt")));
        out.setRuleId(text(n.path("rule"), "id"));
        out.setRuleSource(text(n.path("rule"), "source"));
        for (JsonNode l : n.path("liaisons")) {
            LiaisonInfo liaison = new LiaisonInfo();
            liaison.setName(text(l, "name"));
            liaison.setRole(text(l, "role"));
            liaison.setMobile(text(l, "phone"));
            out.getLiaison().add(liaison);
        }
        out.setSentTime(SoapDates.xmlDateTime(text(n, "createdAt") != null ? text(n, "createdAt") : text(envelope, "sentAt")));
        return out;
    }

    /** A BULLETIN or MEETING_NOTICE envelope as the institute's ReceiveHubNotice (its WSDL has no operation of their own). */
    public static HubNotice coordinationNotice(JsonNode envelope) {
        CoordinationNotice c = CoordinationNotice.of(envelope);
        HubNotice out = new HubNotice();
        out.setMessageId(c.messageId());
        out.setNoticeId(c.id());
        out.setNoticeKind(c.kind());
        out.setNoticeKindName(c.kindName());
        out.setTitle(c.title());
        out.setContent(c.content());
        out.setResponsibleAgency(c.publisher());
        out.setDueTime(SoapDates.xmlDateTime(c.dueAt()));
        out.setSentTime(SoapDates.xmlDateTime(c.sentAt()));
        return out;
    }

    private static String statusLabel(String status) {
        return LabelledCode.parse(ReferralStatus.class, status).map(ReferralStatus::label).orElse(status);
    }

    /** A timeline detail (an agency's event as JSON, or a receipt's text) as a short remark. */
    private static String remark(JsonNode detail) {
        if (detail == null || detail.isNull()) {
            return null;
        }
        String text = detail.isObject()
                ? firstOf(detail, "note", "reasonText", "summary") != null ? firstOf(detail, "note", "reasonText", "summary") : detail.toString()
                : detail.asText();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static String firstOf(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.hasNonNull(field)) {
                return node.get(field).asText();
            }
        }
        return null;
    }
}
