package cn.legalaidhub.adapters.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.arbitration.ws.referral.ArbitrationReferralPort;
import cn.legalaidhub.adapters.arbitration.ws.referral.ReferralFault;
import cn.legalaidhub.adapters.arbitration.ws.types.DisputeReferral;
import cn.legalaidhub.adapters.arbitration.ws.types.FieldProblem;
import cn.legalaidhub.adapters.arbitration.ws.types.ReferralReceipt;
import cn.legalaidhub.adapters.arbitration.ws.types.ReferralStatusInfo;
import cn.legalaidhub.adapters.arbitration.ws.types.StatusNotice;
import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An arbitration institute's case system against the running hub, over SOAP with a client generated from
 * schemas/wsdl/arbitration: a dispute travels to the legal-aid center (HTTP push), the center's status
 * comes back through the institute's own SOAP callback service, with the hearing date.
 */
class ArbitrationSoapIT extends HubIntegrationTest {

    private static final String INSTITUTE = "arbitration-330302";
    private static final String KEY = "it-arbitration-330302-key";

    private ArbitrationReferralPort soap12() {
        return ArbitrationInstituteSoapSimulator.client(baseUri(), INSTITUTE, KEY, true);
    }

    private ArbitrationReferralPort soap11() {
        return ArbitrationInstituteSoapSimulator.client(baseUri(), INSTITUTE, KEY, false);
    }

    private static String caseNo() {
        return "鹿劳人仲案〔2026〕第" + UUID.randomUUID().toString().substring(0, 8) + "号";
    }

    @Test
    void aDisputeTravelsToLegalAidAndItsStatusAndHearingComeBackThroughTheInstitutesCallback() throws Exception {
        DisputeReferral referral = ARBITRATION_SOAP.sampleReferral(caseNo());
        ReferralReceipt receipt = soap12().submitReferral(referral);

        assertThat(receipt.getHubReferralId()).startsWith("R");
        assertThat(receipt.getStatus()).isEqualTo("10");
        assertThat(receipt.getStatusName()).isEqualTo("已提交");
        assertThat(receipt.getReceiverAgency()).isEqualTo("legalaid-330300");
        assertThat(receipt.isDuplicate()).isFalse();
        String id = receipt.getHubReferralId();

        ReferralReceipt again = soap11().submitReferral(referral);
        assertThat(again.getHubReferralId()).isEqualTo(id);
        assertThat(again.isDuplicate()).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(id));
        HubApiClient legalAid = as("legalaid-330300");
        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED\",\"note\":\"符合条件，予以受理\"}").status())
                .isEqualTo(202);
        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"GRANTED\"}").status()).isEqualTo(202);
        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events", """
                {"type":"ASSIGNED","assignee":{"name":"周律师","kind":"LAWYER","phone":"13905770101"}}""").status()).isEqualTo(202);
        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events", """
                {"type":"PROGRESS","stage":"ARBITRATION","note":"仲裁院已排期开庭",
                 "hearing":{"date":"2026-12-22","time":"09:30","place":"鹿城区劳动人事争议仲裁院第二仲裁庭"}}""").status())
                .isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).until(() -> ARBITRATION_SOAP.callbacks().noticesFor(id).size() == 4);
        List<StatusNotice> notices = ARBITRATION_SOAP.callbacks().noticesFor(id);
        assertThat(notices).extracting(StatusNotice::getStatus).containsExactly("30", "33", "40", "50");
        assertThat(notices).extracting(StatusNotice::getArbitrationCaseNo).containsOnly(referral.getArbitrationCaseNo());
        assertThat(notices.get(2).getHandler().getName()).isEqualTo("周律师");
        assertThat(notices.get(2).getHandler().getHandlerType()).isEqualTo("1");
        StatusNotice hearing = notices.get(3);
        assertThat(hearing.getHearing().getHearingDate().toString()).isEqualTo("2026-12-22");
        assertThat(hearing.getHearing().getHearingTime()).isEqualTo("09:30");
        assertThat(hearing.getHearing().getHearingPlace()).isEqualTo("鹿城区劳动人事争议仲裁院第二仲裁庭");
        assertThat(hearing.getCaseStage()).isEqualTo("仲裁");
        assertThat(hearing.getReportingAgency()).isEqualTo("legalaid-330300");

        ReferralStatusInfo byCaseNo = soap11().queryReferralStatus(ArbitrationInstituteSoapSimulator.byCaseNo(referral.getArbitrationCaseNo()))
                .getStatusInfo();
        ReferralStatusInfo byId = soap12().queryReferralStatus(ArbitrationInstituteSoapSimulator.byHubId(id)).getStatusInfo();
        for (ReferralStatusInfo info : List.of(byCaseNo, byId)) {
            assertThat(info.getHubReferralId()).isEqualTo(id);
            assertThat(info.getStatus()).isEqualTo("50");
            assertThat(info.getStatusName()).isEqualTo("办理中");
            assertThat(info.getTimeline().getEntry()).extracting(e -> e.getEntryType())
                    .contains("SUBMITTED", "ACCEPTED", "GRANTED", "ASSIGNED", "PROGRESS");
        }
        assertThat(ARBITRATION_SOAP.callbacks().deliveries()).isGreaterThanOrEqualTo(ARBITRATION_SOAP.callbacks().notices().size());
    }

    @Test
    void badInputGetsOneFaultNamingEveryProblemInTheInstitutesOwnFieldNames() {
        DisputeReferral referral = ARBITRATION_SOAP.sampleReferral(caseNo());
        String certNo = referral.getApplicant().getCertNo();
        referral.getApplicant().setCertNo(certNo.substring(0, 17) + (certNo.charAt(17) == '0' ? '1' : '0'));
        referral.getApplicant().setPersonCategory("0X");
        referral.getApplicant().setMobile("0577-1234");
        referral.getDispute().setFactsAndReasons(null);
        referral.getMaterials().getMaterial().get(0).setMaterialCode("C42");

        ReferralFault fault = catchThrowableOfType(ReferralFault.class, () -> soap11().submitReferral(referral));

        assertThat(fault.getFaultInfo().getErrorCode()).isEqualTo("INVALID_INPUT");
        assertThat(fault.getFaultInfo().getProblem()).extracting(FieldProblem::getField).containsExactlyInAnyOrder(
                "referral/applicant/certNo", "referral/applicant/personCategory", "referral/applicant/mobile",
                "referral/dispute/factsAndReasons", "referral/materials/material[1]/materialCode");
        FieldProblem category = fault.getFaultInfo().getProblem().stream()
                .filter(p -> p.getField().equals("referral/applicant/personCategory")).findFirst().orElseThrow();
        assertThat(category.getHubPointer()).isEqualTo("/applicant/group");
        assertThat(category.getMessage()).contains("0X").contains("01 农民工");
        assertThat(fault.getFaultInfo().getProblem()).allSatisfy(p -> assertThat(p.getMessage()).isNotBlank());

        ReferralFault notThere = catchThrowableOfType(ReferralFault.class,
                () -> soap12().queryReferralStatus(ArbitrationInstituteSoapSimulator.byCaseNo(referral.getArbitrationCaseNo())));
        assertThat(notThere.getFaultInfo().getErrorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void onlyTheInstituteItselfGetsIn_theWsdlIsPublic_andTheRestApiStillWorks() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String envelope = """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:t="http://ws.legalaidhub.cn/arbitration/v1/types">
                  <soap:Body><t:QueryReferralStatus><t:hubReferralId>R1</t:hubReferralId></t:QueryReferralStatus></soap:Body>
                </soap:Envelope>""";
        URI service = baseUri().resolve("/partner/arbitration/ReferralService");
        assertThat(send(http, service, envelope, null).statusCode()).isEqualTo(401);
        assertThat(send(http, service, envelope, basic("court-330304", "it-court-330304-key")).statusCode()).isEqualTo(403);
        assertThat(send(http, service, envelope, basic(INSTITUTE, "wrong-key")).statusCode()).isEqualTo(401);
        HttpResponse<String> notFound = send(http, service, envelope, basic(INSTITUTE, KEY));
        assertThat(notFound.statusCode()).isEqualTo(500);
        assertThat(notFound.body()).contains("ReferralFaultDetail").contains("NOT_FOUND");

        HttpResponse<String> wsdl = http.send(HttpRequest.newBuilder(URI.create(service + "?wsdl")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("ArbitrationReferralService").contains(service.toString());
        HttpResponse<String> services = http.send(HttpRequest.newBuilder(baseUri().resolve("/services/")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(services.body()).doesNotContain("ArbitrationReferral");

        assertThat(as(INSTITUTE).get("/api/v1/agencies/me").status()).isEqualTo(200);
        assertThat(json(as(INSTITUTE).get("/api/v1/agencies/me")).path("transport").asText()).isEqualTo("adapter");
    }

    @Test
    void anInstituteThatIsDownHoldsUpNobodyAndGetsItsNoticesOnceItIsBack() throws Exception {
        String first = soap12().submitReferral(ARBITRATION_SOAP.sampleReferral(caseNo())).getHubReferralId();
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(first));
        HubApiClient legalAid = as("legalaid-330300");

        ARBITRATION_SOAP.callbackServer().stop();
        try {
            assertThat(legalAid.post("/api/v1/referrals/" + first + "/events", "{\"type\":\"ACCEPTED\"}").status()).isEqualTo(202);
            String second = soap12().submitReferral(ARBITRATION_SOAP.sampleReferral(caseNo())).getHubReferralId();
            await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(second));
            await().atMost(Duration.ofSeconds(30)).until(() -> timeline(as(INSTITUTE), first).entries().contains("RECEIPT:DEAD_LETTERED"));
            assertThat(timeline(as(INSTITUTE), first).details()).anyMatch(d -> d.contains("NotifyStatus to "
                    + ARBITRATION_SOAP.callbackServer().soap12Endpoint() + " failed"));
            assertThat(ARBITRATION_SOAP.callbacks().noticesFor(first)).isEmpty();
        } finally {
            ARBITRATION_SOAP.callbackServer().start();
        }

        assertThat(json(as("justice-330300").post("/api/v1/admin/dead-letters/" + INSTITUTE + "/replay", "")).path("replayed").asInt())
                .isPositive();
        await().atMost(Duration.ofSeconds(20)).until(() -> !ARBITRATION_SOAP.callbacks().noticesFor(first).isEmpty());
        assertThat(ARBITRATION_SOAP.callbacks().noticesFor(first)).singleElement()
                .satisfies(n -> assertThat(n.getStatus()).isEqualTo("30"));
    }

    private record JsonTimeline(List<String> entries, List<String> details) {
    }

    private static JsonTimeline timeline(HubApiClient client, String id) throws Exception {
        List<String> entries = new ArrayList<>();
        List<String> details = new ArrayList<>();
        json(client.get("/api/v1/referrals/" + id)).path("timeline").forEach(t -> {
            entries.add(t.path("kind").asText() + ":" + t.path("type").asText());
            details.add(t.path("detail").isTextual() ? t.path("detail").asText() : t.path("detail").toString());
        });
        return new JsonTimeline(entries, details);
    }

    private static HttpResponse<String> send(HttpClient http, URI uri, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:legalaidhub:arbitration:QueryReferralStatus\"")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
