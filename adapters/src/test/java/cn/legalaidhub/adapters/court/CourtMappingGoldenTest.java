package cn.legalaidhub.adapters.court;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.adapters.court.ws.types.NotifyCaseStatus;
import cn.legalaidhub.adapters.court.ws.types.ObjectFactory;
import cn.legalaidhub.adapters.court.ws.types.ReceiveAssistanceReferral;
import cn.legalaidhub.adapters.court.ws.types.ReceiveHubNotice;
import cn.legalaidhub.adapters.court.ws.types.ReportCaseStatus;
import cn.legalaidhub.adapters.court.ws.types.SubmitAssistanceRequest;
import cn.legalaidhub.adapters.court.ws.types.XiezhuShenqing;
import cn.legalaidhub.adapters.soap.Golden;
import cn.legalaidhub.adapters.soap.MappingProblems;
import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.contract.EventType;
import cn.legalaidhub.contract.NoticeKind;
import cn.legalaidhub.contract.ReferralStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The court's documents (pinyin field names) ↔ the canonical contract, against golden files in golden/court/. */
class CourtMappingGoldenTest {

    private final Golden golden = new Golden("court", ObjectFactory.class);

    /** The referral the court's request stands for: the payload of the golden envelope, as the court sends it. */
    private JsonNode courtsReferral() {
        ObjectNode referral = golden.json("referral-to-court.envelope.json").path("payload").deepCopy();
        referral.put("sourceRef", "(2026)浙0304民初1234号");
        referral.put("receiverKind", "legalaid");
        return referral;
    }

    @Test
    void theCourtsAssistanceRequestBecomesTheCanonicalReferral() {
        SubmitAssistanceRequest request = golden.unmarshal("submit-assistance-request.xml", SubmitAssistanceRequest.class);
        MappingProblems problems = new MappingProblems();

        JsonNode canonical = CourtReferralMapping.toCanonical(request.getShenqing(), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(ContractSchemas.validate(ContractSchemas.REFERRAL, canonical)).isEmpty();
        assertThat(Golden.sameByValue(courtsReferral(), canonical)).as("canonical:\n%s", canonical.toPrettyString()).isTrue();
    }

    @Test
    void theCanonicalReferralBecomesTheCourtsAssistanceRequest() {
        SubmitAssistanceRequest request = new SubmitAssistanceRequest();
        request.setShenqing(CourtReferralMapping.toPartner(courtsReferral()));
        golden.assertXml("submit-assistance-request.xml", request);
    }

    @Test
    void aReferralForTheCourtBecomesReceiveAssistanceReferral() {
        JsonNode envelope = golden.json("referral-to-court.envelope.json");
        assertThat(ContractSchemas.validate(ContractSchemas.ENVELOPE, envelope)).isEmpty();
        assertThat(ContractSchemas.validate(ContractSchemas.REFERRAL, envelope.path("payload"))).isEmpty();

        ReceiveAssistanceReferral forwarded = new ReceiveAssistanceReferral();
        forwarded.setZhuanjiao(CourtReferralMapping.forwarded(envelope));

        golden.assertXml("receive-assistance-referral.xml", forwarded);
        assertThat(forwarded.getZhuanjiao().getShenqing().getXzlx()).containsExactly("CCBQ");
        assertThat(forwarded.getZhuanjiao().getShenqing().getAnhao()).isNull();
    }

    @Test
    void aStatusEventBecomesTheCourtsNotifyCaseStatus() {
        JsonNode envelope = golden.json("status-event-accepted.envelope.json");
        assertThat(ContractSchemas.validate(ContractSchemas.ENVELOPE, envelope)).isEmpty();

        NotifyCaseStatus notice = new NotifyCaseStatus();
        notice.setTongzhi(CourtStatusMapping.notice(envelope));

        golden.assertXml("notify-case-status.xml", notice);
    }

    @Test
    void aPreservationNoticeOfTheHubBecomesTheCourtsReceiveHubNotice() {
        JsonNode envelope = golden.json("notice-preservation.envelope.json");
        assertThat(ContractSchemas.validate(ContractSchemas.ENVELOPE, envelope)).isEmpty();
        assertThat(ContractSchemas.validate(ContractSchemas.NOTICE, envelope.path("payload"))).isEmpty();

        ReceiveHubNotice notice = new ReceiveHubNotice();
        notice.setTongzhi(CourtStatusMapping.hubNotice(envelope));

        golden.assertXml("receive-hub-notice.xml", notice);
        assertThat(notice.getTongzhi().getTzlx()).isEqualTo("BQXZ");
    }

    @Test
    void aJointMeetingNoticeBecomesTheCourtsReceiveHubNoticeWithTheMeetingInItsText() {
        JsonNode envelope = golden.json("meeting-notice.envelope.json");
        assertThat(ContractSchemas.validate(ContractSchemas.ENVELOPE, envelope)).isEmpty();
        assertThat(ContractSchemas.validate(ContractSchemas.MEETING_NOTICE, envelope.path("payload"))).isEmpty();

        ReceiveHubNotice notice = new ReceiveHubNotice();
        notice.setTongzhi(CourtStatusMapping.coordinationNotice(envelope));

        golden.assertXml("receive-hub-notice-meeting.xml", notice);
        assertThat(notice.getTongzhi().getTzlx()).isEqualTo("LXHY");
        assertThat(notice.getTongzhi().getNr()).contains("地点：" + envelope.path("payload").path("place").asText())
                .contains("/api/v1/meetings/" + envelope.path("payload").path("meetingId").asText() + "/reply");
    }

    @Test
    void theCourtsReportWithAHearingBecomesACanonicalStatusEvent() {
        ReportCaseStatus report = golden.unmarshal("report-case-status-hearing.xml", ReportCaseStatus.class);
        MappingProblems problems = new MappingProblems();

        JsonNode event = CourtStatusMapping.event(report.getBanli(), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(ContractSchemas.validate(ContractSchemas.STATUS_EVENT, event)).isEmpty();
        golden.assertJson("report-case-status-hearing.event.json", event);
    }

    @Test
    void unknownCourtCodesAreReportedInTheCourtsFieldNames() {
        XiezhuShenqing request = CourtReferralMapping.toPartner(courtsReferral());
        request.getXzlx().set(0, "BQ");
        request.getDangshiren().setRylb("MGN");
        request.setAnyou("LDZY");
        MappingProblems problems = new MappingProblems();

        JsonNode canonical = CourtReferralMapping.toCanonical(request, problems);

        assertThat(problems.all()).extracting(p -> p.field() + " " + p.pointer()).containsExactlyInAnyOrder(
                "shenqing/dangshiren/rylb /applicant/group",
                "shenqing/anyou /matter/category",
                "shenqing/xzlx[1] /urgency/reasons/0");
        assertThat(ContractSchemas.validate(ContractSchemas.REFERRAL, canonical)).extracting(p -> p.pointer())
                .contains("/applicant/group", "/matter/category", "/urgency/reasons/0");
        assertThat(CourtCodes.REFERRAL_FIELDS.partnerField("/applicant/idNumber")).isEqualTo("shenqing/dangshiren/zjhm");
        assertThat(CourtCodes.REFERRAL_FIELDS.partnerField("/documents/1/item")).isEqualTo("shenqing/cailiao[2]/clmc");
    }

    @Test
    void theCourtsCodeListsCoverTheContractsStatusesAndEvents() {
        for (ReferralStatus status : ReferralStatus.values()) {
            assertThat(CourtCodes.ZT.label(CourtCodes.ZT.partner(status.code()))).as(status.code()).isEqualTo(status.label());
        }
        for (EventType type : EventType.values()) {
            assertThat(CourtCodes.SJLX.partner(type.code())).as(type.code()).isNotNull();
        }
        for (NoticeKind kind : NoticeKind.values()) {
            assertThat(CourtCodes.TZLX.label(CourtCodes.TZLX.partner(kind.code()))).as(kind.code()).isEqualTo(kind.label());
        }
    }
}
