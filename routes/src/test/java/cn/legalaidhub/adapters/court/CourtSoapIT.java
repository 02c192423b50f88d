package cn.legalaidhub.adapters.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.court.ws.assistance.CourtAssistancePort;
import cn.legalaidhub.adapters.court.ws.assistance.CourtFault;
import cn.legalaidhub.adapters.court.ws.types.Banliqk;
import cn.legalaidhub.adapters.court.ws.types.Cuowumx;
import cn.legalaidhub.adapters.court.ws.types.HuibaoHuizhi;
import cn.legalaidhub.adapters.court.ws.types.Jieanqk;
import cn.legalaidhub.adapters.court.ws.types.Kaiting;
import cn.legalaidhub.adapters.court.ws.types.QueryStatus;
import cn.legalaidhub.adapters.court.ws.types.TijiaoHuizhi;
import cn.legalaidhub.adapters.court.ws.types.XiezhuShenqing;
import cn.legalaidhub.adapters.court.ws.types.Zhuanjiao;
import cn.legalaidhub.adapters.court.ws.types.ZhuangtaiTongzhi;
import cn.legalaidhub.adapters.soap.SoapDates;
import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A court's case system against the running hub over SOAP (its own WSDL, pinyin field names): a request
 * for preservation travels to legal aid and its status comes back to the court's callback service; and
 * legal aid asks the court for preservation, the court gets it through its callback service and reports
 * how it handled it, hearing date included, which closes the loop to legal aid.
 */
class CourtSoapIT extends HubIntegrationTest {

    private static final String COURT = "court-330304";
    private static final String KEY = "it-court-330304-key";

    private CourtAssistancePort soap11() {
        return CourtSoapSimulator.client(baseUri(), COURT, KEY, false);
    }

    private CourtAssistancePort soap12() {
        return CourtSoapSimulator.client(baseUri(), COURT, KEY, true);
    }

    @Test
    void aCourtsPreservationRequestReachesLegalAidAndTheStatusComesBackToTheCourt() throws Exception {
        String anhao = "(2026)浙0304民初" + UUID.randomUUID().toString().substring(0, 8) + "号";
        XiezhuShenqing request = COURT_SOAP.sampleRequest(anhao, "330304");

        TijiaoHuizhi huizhi = soap11().submitAssistanceRequest(request);

        assertThat(huizhi.getZt()).isEqualTo("YTJ");
        assertThat(huizhi.getJsjg()).isEqualTo("legalaid-330300");
        assertThat(huizhi.isCf()).isFalse();
        String id = huizhi.getPingtaiBh();
        assertThat(soap12().submitAssistanceRequest(request).isCf()).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(id));
        HubApiClient legalAid = as("legalaid-330300");
        JsonNode received = json(legalAid.get("/api/v1/referrals/" + id)).path("referral");
        assertThat(received.path("urgency").path("reasons").toString()).contains("PRESERVATION_OF_PROPERTY");
        assertThat(received.path("matter").path("legalStatus").asText()).isEqualTo("FIRST_INSTANCE");
        assertThat(received.path("applicant").path("idNumber").asText()).isEqualTo(request.getDangshiren().getZjhm());

        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED\",\"note\":\"同意提供法律援助\"}").status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> !COURT_SOAP.callbacks().noticesFor(id).isEmpty());
        ZhuangtaiTongzhi notice = COURT_SOAP.callbacks().noticesFor(id).get(0);
        assertThat(notice.getSjlx()).isEqualTo("SL");
        assertThat(notice.getZt()).isEqualTo("YSL");
        assertThat(notice.getAnhao()).isEqualTo(anhao);
        assertThat(notice.getBz()).isEqualTo("同意提供法律援助");

        QueryStatus byAnhao = new QueryStatus();
        byAnhao.setAnhao(anhao);
        assertThat(soap12().queryStatus(byAnhao).getZhuangtai().getZt()).isEqualTo("YSL");
    }

    @Test
    void legalAidAsksTheCourtForPreservationAndTheCourtReportsBackOverSoap() throws Exception {
        HubApiClient legalAid = as("legalaid-330300");
        ObjectNode referral = referral();
        referral.put("receiverKind", "court");
        referral.put("region", "330304");
        referral.with("urgency").putArray("reasons").add("PRESERVATION_OF_PROPERTY").add("PRESERVATION_OF_EVIDENCE");
        String id = json(legalAid.post("/api/v1/referrals", referral.toString())).path("referralId").asText();

        await().atMost(Duration.ofSeconds(20)).until(() -> COURT_SOAP.callbacks().referrals().stream().anyMatch(z -> z.getPingtaiBh().equals(id)));
        Zhuanjiao forwarded = COURT_SOAP.callbacks().referrals().stream().filter(z -> z.getPingtaiBh().equals(id)).findFirst().orElseThrow();
        assertThat(forwarded.getLaiwenJg()).isEqualTo("legalaid-330300");
        assertThat(forwarded.getLaiwenBh()).isEqualTo(referral.path("sourceRef").asText());
        assertThat(forwarded.getShenqing().getXzlx()).containsExactly("CCBQ", "ZJBQ");
        assertThat(forwarded.getShenqing().getDangshiren().getZjhm()).isEqualTo(referral.path("applicant").path("idNumber").asText());
        assertThat(forwarded.getShenqing().getDangshiren().getRylb()).isEqualTo("NMG");
        assertThat(forwarded.getShenqing().getAnyou()).isEqualTo("LDBC");
        await().atMost(Duration.ofSeconds(20)).until(() -> COURT_SOAP.callbacks().hubNotices().stream()
                .anyMatch(n -> id.equals(n.getPingtaiBh()) && "BQXZ".equals(n.getTzlx())));

        CourtFault tooEarly = catchThrowableOfType(CourtFault.class, () -> soap12().reportCaseStatus(closed(id)));
        assertThat(tooEarly.getFaultInfo().getCwdm()).isEqualTo("BYXCZ");
        assertThat(tooEarly.getFaultInfo().getYxcz()).contains("SL", "BH").doesNotContain("JA");

        Banliqk declineWithoutReason = CourtSoapSimulator.report(id, "BH");
        CourtFault incomplete = catchThrowableOfType(CourtFault.class, () -> soap11().reportCaseStatus(declineWithoutReason));
        assertThat(incomplete.getFaultInfo().getCwdm()).isEqualTo("SRYW");
        assertThat(incomplete.getFaultInfo().getMingxi()).extracting(Cuowumx::getZiduan).containsExactly("banli/thyy");

        HuibaoHuizhi accepted = soap12().reportCaseStatus(CourtSoapSimulator.report(id, "SL"));
        assertThat(accepted.getZt()).isEqualTo("YSL");
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.statusEventsReceived().contains(id));
    }

    @Test
    void theCourtsHearingDateAndClosingReachLegalAid() throws Exception {
        HubApiClient legalAid = as("legalaid-330300");
        ObjectNode referral = referral();
        referral.put("receiverKind", "court");
        referral.put("region", "330304");
        referral.with("urgency").putArray("reasons").add("PRESERVATION_OF_PROPERTY");
        String id = json(legalAid.post("/api/v1/referrals", referral.toString())).path("referralId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> COURT_SOAP.callbacks().referrals().stream().anyMatch(z -> z.getPingtaiBh().equals(id)));

        soap11().reportCaseStatus(CourtSoapSimulator.report(id, "SL"));
        Banliqk assigned = CourtSoapSimulator.report(id, "ZP");
        var cbr = new cn.legalaidhub.adapters.court.ws.types.Chengbanren();
        cbr.setXm("瓯海区法院诉讼服务中心法律援助工作站");
        cbr.setLb("GZZ");
        assigned.setCbr(cbr);
        soap11().reportCaseStatus(assigned);
        Banliqk hearing = CourtSoapSimulator.report(id, "JZ");
        hearing.setJd("YS");
        Kaiting kaiting = new Kaiting();
        kaiting.setRq(SoapDates.xmlDate("2026-12-28"));
        kaiting.setSj("14:30");
        kaiting.setDd("瓯海区人民法院第二审判庭");
        hearing.setKaiting(kaiting);
        hearing.setJzsm("已裁定冻结被申请人账户");
        assertThat(soap11().reportCaseStatus(hearing).getZt()).isEqualTo("BLZ");
        assertThat(soap12().reportCaseStatus(closed(id)).getZt()).isEqualTo("YJA");

        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.statusEventsReceived().contains(id));
        JsonNode view = json(legalAid.get("/api/v1/referrals/" + id));
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        JsonNode progress = null;
        for (JsonNode t : view.path("timeline")) {
            if ("PROGRESS".equals(t.path("type").asText())) {
                progress = t.path("detail");
            }
        }
        assertThat(progress).isNotNull();
        assertThat(progress.path("hearing").path("date").asText()).isEqualTo("2026-12-28");
        assertThat(progress.path("hearing").path("place").asText()).isEqualTo("瓯海区人民法院第二审判庭");
        assertThat(progress.path("stage").asText()).isEqualTo("FIRST_INSTANCE");
    }

    private static Banliqk closed(String id) {
        Banliqk closed = CourtSoapSimulator.report(id, "JA");
        Jieanqk jaqk = new Jieanqk();
        jaqk.setJg("TJ");
        jaqk.setJe(new BigDecimal("36000.00"));
        jaqk.setSm("经调解，被申请人当庭支付工资");
        jaqk.getWs().add("(2026)浙0304民初123号民事调解书");
        closed.setJaqk(jaqk);
        return closed;
    }
}
