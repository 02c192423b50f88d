package cn.legalaidhub.adapters.arbitration;

import static cn.legalaidhub.adapters.arbitration.ArbitrationCodes.*;
import static cn.legalaidhub.adapters.soap.Json.*;

import cn.legalaidhub.adapters.arbitration.ws.types.AgentInfo;
import cn.legalaidhub.adapters.arbitration.ws.types.ApplicantInfo;
import cn.legalaidhub.adapters.arbitration.ws.types.ConsentInfo;
import cn.legalaidhub.adapters.arbitration.ws.types.DisputeInfo;
import cn.legalaidhub.adapters.arbitration.ws.types.DisputeReferral;
import cn.legalaidhub.adapters.arbitration.ws.types.Material;
import cn.legalaidhub.adapters.arbitration.ws.types.MaterialList;
import cn.legalaidhub.adapters.arbitration.ws.types.RespondentInfo;
import cn.legalaidhub.adapters.arbitration.ws.types.UrgentInfo;
import cn.legalaidhub.adapters.soap.MappingProblems;
import cn.legalaidhub.adapters.soap.SoapDates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The institute's dispute referral (DisputeReferral, arbitration-types.xsd) ↔ the canonical referral
 * (schemas/json/referral.schema.json). Unknown codes are reported by the institute's field names.
 */
public final class ArbitrationReferralMapping {

    private ArbitrationReferralMapping() {
    }

    /** A canonical referral from the institute's; problems of the mapping are added to {@code problems}. */
    public static ObjectNode toCanonical(DisputeReferral in, MappingProblems problems) {
        ObjectNode r = object();
        if (in == null) {
            return r;
        }
        put(r, "sourceRef", in.getArbitrationCaseNo());
        put(r, "receiverKind", in.getReferTo() == null ? "legalaid"
                : REFER_TO.canonical(in.getReferTo(), "referral/referTo", "/receiverKind", problems));
        put(r, "region", in.getHandlingRegion());
        set(r, "applicant", applicant(in.getApplicant(), problems));
        set(r, "agent", agent(in.getAgent(), problems));
        DisputeInfo dispute = in.getDispute();
        set(r, "matter", matter(dispute, problems));
        set(r, "opposingParty", respondent(in.getRespondent()));
        if (dispute != null) {
            put(r, "amountClaimed", dispute.getClaimAmount());
            put(r, "peopleCount", dispute.getWorkerCount());
        }
        set(r, "urgency", urgency(in.getUrgent()));
        set(r, "documents", documents(in.getMaterials(), problems));
        set(r, "consent", consent(in.getConsent(), problems));
        return r;
    }

    private static ObjectNode applicant(ApplicantInfo a, MappingProblems problems) {
        if (a == null) {
            return null;
        }
        ObjectNode n = object();
        put(n, "name", a.getName());
        put(n, "sex", GENDER.canonical(a.getGender(), "referral/applicant/gender", "/applicant/sex", problems));
        put(n, "birthDate", SoapDates.date(a.getBirthDate()));
        put(n, "ethnicity", a.getNation());
        put(n, "idType", CERT_TYPE.canonical(a.getCertType(), "referral/applicant/certType", "/applicant/idType", problems));
        put(n, "idNumber", a.getCertNo());
        put(n, "householdRegistration", a.getDomicile());
        put(n, "address", a.getResidence());
        put(n, "phone", a.getMobile());
        put(n, "employer", a.getWorkUnit());
        put(n, "occupation", a.getOccupation());
        put(n, "health", HEALTH.canonical(a.getHealthStatus(), "referral/applicant/healthStatus", "/applicant/health", problems));
        put(n, "group", PERSON_CATEGORY.canonical(a.getPersonCategory(), "referral/applicant/personCategory", "/applicant/group", problems));
        return n;
    }

    private static ObjectNode agent(AgentInfo a, MappingProblems problems) {
        if (a == null) {
            return null;
        }
        ObjectNode n = object();
        put(n, "name", a.getName());
        put(n, "relation", AGENT_RELATION.canonical(a.getRelation(), "referral/agent/relation", "/agent/relation", problems));
        put(n, "idNumber", a.getCertNo());
        put(n, "phone", a.getMobile());
        put(n, "proof", a.getProof());
        return n;
    }

    private static ObjectNode matter(DisputeInfo d, MappingProblems problems) {
        if (d == null) {
            return null;
        }
        ObjectNode n = object();
        put(n, "category", DISPUTE_TYPE.canonical(d.getDisputeType(), "referral/dispute/disputeType", "/matter/category", problems));
        put(n, "legalStatus", CASE_STAGE.canonical(d.getCaseStage(), "referral/dispute/caseStage", "/matter/legalStatus", problems));
        put(n, "role", PARTY_POSITION.canonical(d.getPartyPosition(), "referral/dispute/partyPosition", "/matter/role", problems));
        put(n, "aidForm", AID_ITEM.canonical(d.getAidItem(), "referral/dispute/aidItem", "/matter/aidForm", problems));
        put(n, "facts", d.getFactsAndReasons());
        return n;
    }

    private static ObjectNode respondent(RespondentInfo o) {
        if (o == null) {
            return null;
        }
        ObjectNode n = object();
        put(n, "name", o.getUnitName());
        put(n, "creditCode", o.getCreditCode());
        put(n, "address", o.getAddress());
        put(n, "project", o.getProjectName());
        put(n, "generalContractor", o.getGeneralContractor());
        return n;
    }

    private static ObjectNode urgency(UrgentInfo u) {
        if (u == null) {
            return null;
        }
        ObjectNode n = object();
        ArrayNode reasons = n.arrayNode();
        if (Boolean.TRUE.equals(u.isPropertyPreservation())) {
            reasons.add("PRESERVATION_OF_PROPERTY");
        }
        if (Boolean.TRUE.equals(u.isEvidencePreservation())) {
            reasons.add("PRESERVATION_OF_EVIDENCE");
        }
        if (Boolean.TRUE.equals(u.isEarlyExecution())) {
            reasons.add("EARLY_EXECUTION");
        }
        set(n, "reasons", reasons);
        put(n, "limitationDate", SoapDates.date(u.getLimitationExpiry()));
        put(n, "note", u.getRemark());
        return n;
    }

    private static ArrayNode documents(MaterialList materials, MappingProblems problems) {
        ArrayNode list = object().arrayNode();
        if (materials == null) {
            return list;
        }
        for (int i = 0; i < materials.getMaterial().size(); i++) {
            Material m = materials.getMaterial().get(i);
            ObjectNode n = list.addObject();
            put(n, "item", MATERIAL.canonical(m.getMaterialCode(), "referral/materials/material[" + (i + 1) + "]/materialCode",
                    "/documents/" + i + "/item", problems));
            n.put("provided", m.isSubmitted());
            put(n, "note", m.getRemark());
        }
        return list;
    }

    private static ObjectNode consent(ConsentInfo c, MappingProblems problems) {
        if (c == null) {
            return null;
        }
        ObjectNode n = object();
        put(n, "legalBasis", CONSENT_BASIS.canonical(c.getBasis(), "referral/consent/basis", "/consent/legalBasis", problems));
        put(n, "obtainedAt", SoapDates.dateTime(c.getConsentTime()));
        put(n, "scope", c.getScope());
        put(n, "recordedBy", c.getRecorder());
        return n;
    }

    /** The institute's document for a canonical referral (what its case system would have sent). */
    public static DisputeReferral toPartner(JsonNode r) {
        DisputeReferral out = new DisputeReferral();
        out.setArbitrationCaseNo(text(r, "sourceRef"));
        out.setReferTo(REFER_TO.partner(text(r, "receiverKind")));
        out.setHandlingRegion(text(r, "region"));
        JsonNode a = r.path("applicant");
        ApplicantInfo applicant = new ApplicantInfo();
        applicant.setName(text(a, "name"));
        applicant.setGender(GENDER.partner(text(a, "sex")));
        applicant.setBirthDate(SoapDates.xmlDate(text(a, "birthDate")));
        applicant.setNation(text(a, "ethnicity"));
        applicant.setCertType(CERT_TYPE.partner(text(a, "idType")));
        applicant.setCertNo(text(a, "idNumber"));
        applicant.setMobile(text(a, "phone"));
        applicant.setDomicile(text(a, "householdRegistration"));
        applicant.setResidence(text(a, "address"));
        applicant.setWorkUnit(text(a, "employer"));
        applicant.setOccupation(text(a, "occupation"));
        applicant.setHealthStatus(HEALTH.partner(text(a, "health")));
        applicant.setPersonCategory(PERSON_CATEGORY.partner(text(a, "group")));
        out.setApplicant(applicant);
        if (r.has("agent")) {
            JsonNode g = r.get("agent");
            AgentInfo agent = new AgentInfo();
            agent.setName(text(g, "name"));
            agent.setRelation(AGENT_RELATION.partner(text(g, "relation")));
            agent.setCertNo(text(g, "idNumber"));
            agent.setMobile(text(g, "phone"));
            agent.setProof(text(g, "proof"));
            out.setAgent(agent);
        }
        if (r.has("opposingParty")) {
            JsonNode o = r.get("opposingParty");
            RespondentInfo respondent = new RespondentInfo();
            respondent.setUnitName(text(o, "name"));
            respondent.setCreditCode(text(o, "creditCode"));
            respondent.setAddress(text(o, "address"));
            respondent.setProjectName(text(o, "project"));
            respondent.setGeneralContractor(text(o, "generalContractor"));
            out.setRespondent(respondent);
        }
        JsonNode m = r.path("matter");
        DisputeInfo dispute = new DisputeInfo();
        dispute.setDisputeType(DISPUTE_TYPE.partner(text(m, "category")));
        dispute.setCaseStage(CASE_STAGE.partner(text(m, "legalStatus")));
        dispute.setPartyPosition(PARTY_POSITION.partner(text(m, "role")));
        dispute.setAidItem(AID_ITEM.partner(text(m, "aidForm")));
        dispute.setClaimAmount(decimal(r, "amountClaimed"));
        dispute.setWorkerCount(integer(r, "peopleCount"));
        dispute.setFactsAndReasons(text(m, "facts"));
        out.setDispute(dispute);
        if (r.has("urgency")) {
            JsonNode u = r.get("urgency");
            UrgentInfo urgent = new UrgentInfo();
            urgent.setLimitationExpiry(SoapDates.xmlDate(text(u, "limitationDate")));
            for (JsonNode reason : u.path("reasons")) {
                switch (reason.asText()) {
                    case "PRESERVATION_OF_PROPERTY" -> urgent.setPropertyPreservation(true);
                    case "PRESERVATION_OF_EVIDENCE" -> urgent.setEvidencePreservation(true);
                    case "EARLY_EXECUTION" -> urgent.setEarlyExecution(true);
                    default -> { }
                }
            }
            urgent.setRemark(text(u, "note"));
            out.setUrgent(urgent);
        }
        if (r.has("documents")) {
            MaterialList materials = new MaterialList();
            for (JsonNode d : r.get("documents")) {
                Material material = new Material();
                material.setMaterialCode(MATERIAL.partner(text(d, "item")));
                material.setSubmitted(d.path("provided").asBoolean());
                material.setRemark(text(d, "note"));
                materials.getMaterial().add(material);
            }
            out.setMaterials(materials);
        }
        JsonNode c = r.path("consent");
        ConsentInfo consent = new ConsentInfo();
        consent.setBasis(CONSENT_BASIS.partner(text(c, "legalBasis")));
        consent.setConsentTime(SoapDates.xmlDateTime(text(c, "obtainedAt")));
        consent.setScope(text(c, "scope"));
        consent.setRecorder(text(c, "recordedBy"));
        out.setConsent(consent);
        return out;
    }
}
