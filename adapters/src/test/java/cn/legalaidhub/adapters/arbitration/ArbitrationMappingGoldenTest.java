package cn.legalaidhub.adapters.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.adapters.arbitration.ws.types.DisputeReferral;
import cn.legalaidhub.adapters.arbitration.ws.types.NotifyStatus;
import cn.legalaidhub.adapters.arbitration.ws.types.ObjectFactory;
import cn.legalaidhub.adapters.arbitration.ws.types.ReceiveHubNotice;
import cn.legalaidhub.adapters.arbitration.ws.types.SubmitReferral;
import cn.legalaidhub.adapters.soap.Golden;
import cn.legalaidhub.adapters.soap.MappingProblems;
import cn.legalaidhub.contract.ContractExamples;
import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.contract.DocumentKind;
import cn.legalaidhub.contract.Group;
import cn.legalaidhub.contract.LabelledCode;
import cn.legalaidhub.contract.ReferralStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The institute's documents ↔ the canonical contract, against golden files in golden/arbitration/. */
class ArbitrationMappingGoldenTest {

    private final Golden golden = new Golden("arbitration", ObjectFactory.class);
    private final JsonNode wenzhou = ContractExamples.validDocument(ContractSchemas.REFERRAL, "wenzhou-construction-wages");

    @Test
    void theInstitutesReferralBecomesTheCanonicalReferral() {
        SubmitReferral submitted = golden.unmarshal("submit-referral-wenzhou.xml", SubmitReferral.class);
        MappingProblems problems = new MappingProblems();

        JsonNode canonical = ArbitrationReferralMapping.toCanonical(submitted.getReferral(), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(ContractSchemas.validate(ContractSchemas.REFERRAL, canonical)).isEmpty();
        assertThat(Golden.sameByValue(wenzhou, canonical)).as("canonical:\n%s", canonical.toPrettyString()).isTrue();
    }

    @Test
    void theCanonicalReferralBecomesTheInstitutesDocument() {
        SubmitReferral submitted = new SubmitReferral();
        submitted.setReferral(ArbitrationReferralMapping.toPartner(wenzhou));
        golden.assertXml("submit-referral-wenzhou.xml", submitted);
    }

    @Test
    void everyValidExampleReferralSurvivesTheRoundTripThroughTheInstitutesFormat() {
        for (ContractExamples.Example example : ContractExamples.valid(ContractSchemas.REFERRAL)) {
            JsonNode document = example.document();
            if (ArbitrationCodes.DISPUTE_TYPE.partner(document.path("matter").path("category").asText()) == null
                    || ArbitrationCodes.CASE_STAGE.partner(document.path("matter").path("legalStatus").asText()) == null) {
                continue; // family matters, or cases not (yet) before the institute, are not the institute's to send
            }
            DisputeReferral partner = ArbitrationReferralMapping.toPartner(document);
            MappingProblems problems = new MappingProblems();
            JsonNode back = ArbitrationReferralMapping.toCanonical(partner, problems);
            assertThat(problems.all()).as(example.name()).isEmpty();
            assertThat(ContractSchemas.validate(ContractSchemas.REFERRAL, back)).as(example.name()).isEmpty();
            JsonNode applicant = document.path("applicant").deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) applicant).remove("earlierApplications"); // no such field at the institute
            assertThat(back.path("applicant")).as(example.name()).isEqualTo(applicant);
            assertThat(back.path("consent")).as(example.name()).isEqualTo(document.path("consent"));
        }
    }

    @Test
    void aStatusEventWithAHearingBecomesTheInstitutesNotifyStatus() {
        JsonNode envelope = golden.json("status-event-hearing.envelope.json");
        assertThat(ContractSchemas.validate(ContractSchemas.ENVELOPE, envelope)).isEmpty();
        assertThat(ContractSchemas.validate(ContractSchemas.STATUS_EVENT, envelope.path("payload"))).isEmpty();

        NotifyStatus notify = new NotifyStatus();
        notify.setNotice(ArbitrationStatusMapping.notice(envelope));

        golden.assertXml("notify-status-hearing.xml", notify);
    }

    @Test
    void aNoticeOfTheHubBecomesTheInstitutesReceiveHubNotice() {
        JsonNode envelope = golden.json("notice-missing-documents.envelope.json");
        assertThat(ContractSchemas.validate(ContractSchemas.ENVELOPE, envelope)).isEmpty();
        assertThat(ContractSchemas.validate(ContractSchemas.NOTICE, envelope.path("payload"))).isEmpty();

        ReceiveHubNotice notice = new ReceiveHubNotice();
        notice.setNotice(ArbitrationStatusMapping.hubNotice(envelope));

        golden.assertXml("receive-hub-notice.xml", notice);
    }

    @Test
    void aBulletinBecomesTheInstitutesReceiveHubNoticeNamingItsAttachmentsAndHowToAcknowledge() {
        JsonNode envelope = golden.json("bulletin-early-warning.envelope.json");
        assertThat(ContractSchemas.validate(ContractSchemas.ENVELOPE, envelope)).isEmpty();
        assertThat(ContractSchemas.validate(ContractSchemas.BULLETIN, envelope.path("payload"))).isEmpty();

        ReceiveHubNotice notice = new ReceiveHubNotice();
        notice.setNotice(ArbitrationStatusMapping.coordinationNotice(envelope));

        golden.assertXml("receive-hub-notice-bulletin.xml", notice);
        JsonNode bulletin = envelope.path("payload");
        assertThat(notice.getNotice().getNoticeKind()).isEqualTo("BULLETIN");
        assertThat(notice.getNotice().getContent()).startsWith(bulletin.path("body").asText())
                .contains(bulletin.path("attachments").get(0).path("url").asText())
                .contains("/api/v1/bulletins/" + bulletin.path("bulletinId").asText() + "/acknowledge");
    }

    @Test
    void unknownCodesAreReportedInTheInstitutesFieldNames() {
        DisputeReferral partner = ArbitrationReferralMapping.toPartner(wenzhou);
        partner.getApplicant().setPersonCategory("0X");
        partner.getDispute().setDisputeType("0999");
        partner.getMaterials().getMaterial().get(1).setMaterialCode("C42");
        MappingProblems problems = new MappingProblems();

        JsonNode canonical = ArbitrationReferralMapping.toCanonical(partner, problems);

        assertThat(problems.all()).extracting(p -> p.field() + " " + p.pointer()).containsExactly(
                "referral/applicant/personCategory /applicant/group",
                "referral/dispute/disputeType /matter/category",
                "referral/materials/material[2]/materialCode /documents/1/item");
        assertThat(ContractSchemas.validate(ContractSchemas.REFERRAL, canonical)).extracting(p -> p.pointer())
                .contains("/applicant/group", "/matter/category", "/documents/1/item");
        assertThat(ArbitrationCodes.FIELDS.partnerField("/opposingParty/creditCode")).isEqualTo("referral/respondent/creditCode");
    }

    @Test
    void theInstitutesCodeListsCoverTheContractsCodes() {
        for (ReferralStatus status : ReferralStatus.values()) {
            assertThat(ArbitrationCodes.STATUS.partner(status.code())).as(status.code()).isNotNull();
            assertThat(ArbitrationCodes.STATUS.label(ArbitrationCodes.STATUS.partner(status.code()))).isEqualTo(status.label());
        }
        for (Group group : Group.values()) {
            assertThat(ArbitrationCodes.PERSON_CATEGORY.partner(group.code())).as(group.code()).isNotNull();
        }
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(ArbitrationCodes.MATERIAL.partner(kind.code())).as(kind.code()).isNotNull();
        }
        assertThat(Arrays.stream(ReferralStatus.values()).map(LabelledCode::code)).hasSize(ArbitrationCodes.STATUS.partnerCodes().size());
    }
}
