package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.contract.ContractJson;
import cn.legalaidhub.contract.DocumentKind;
import cn.legalaidhub.contract.Group;
import cn.legalaidhub.contract.IntakeRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Intake record (one template row) → canonical referral to the legal-aid center (温司办〔2018〕81号 (六):
 * the workstation does intake and initial review, then uploads the application to the city's legal-aid
 * platform). The workstation's record number becomes the {@code sourceRef}, so a row sent twice is one
 * referral. The hub's answers about a referral field are traced back to the template column with
 * {@link #columnOf(String)}.
 */
final class IntakeReferralMapping {

    /** Where the matter stands when a chamber workstation forwards it: reviewed, not yet before any tribunal. */
    static final String LEGAL_STATUS = "NOT_IN_PROCEEDINGS";

    private static final ObjectMapper MAPPER = ContractJson.newMapper();
    private static final Map<String, String> COLUMN_BY_POINTER = new LinkedHashMap<>();

    static {
        COLUMN_BY_POINTER.put("/sourceRef", "workstationRecordNo");
        COLUMN_BY_POINTER.put("/region", "region");
        COLUMN_BY_POINTER.put("/applicant/name", "applicantName");
        COLUMN_BY_POINTER.put("/applicant/idNumber", "applicantIdNumber");
        COLUMN_BY_POINTER.put("/applicant/birthDate", "applicantIdNumber");
        COLUMN_BY_POINTER.put("/applicant/sex", "applicantIdNumber");
        COLUMN_BY_POINTER.put("/applicant/phone", "applicantPhone");
        COLUMN_BY_POINTER.put("/applicant/group", "applicantGroup");
        COLUMN_BY_POINTER.put("/applicant/employer", "employerName");
        COLUMN_BY_POINTER.put("/agent", "applicantGroup");
        COLUMN_BY_POINTER.put("/opposingParty/name", "employerName");
        COLUMN_BY_POINTER.put("/opposingParty/creditCode", "employerCreditCode");
        COLUMN_BY_POINTER.put("/opposingParty/project", "project");
        COLUMN_BY_POINTER.put("/matter/category", "category");
        COLUMN_BY_POINTER.put("/matter/facts", "facts");
        COLUMN_BY_POINTER.put("/amountClaimed", "amountClaimed");
        COLUMN_BY_POINTER.put("/peopleCount", "peopleCount");
        COLUMN_BY_POINTER.put("/urgency/limitationDate", "limitationDate");
        COLUMN_BY_POINTER.put("/documents", "documentsProvided");
        COLUMN_BY_POINTER.put("/consent/recordedBy", "reviewedBy");
        COLUMN_BY_POINTER.put("/consent/scope", "reviewedBy");
    }

    private IntakeReferralMapping() {
    }

    static ObjectNode toReferral(JsonNode intakeRecord) {
        IntakeRecord row;
        try {
            row = MAPPER.treeToValue(intakeRecord, IntakeRecord.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Not an intake record: " + e.getOriginalMessage(), e);
        }
        ObjectNode r = MAPPER.createObjectNode();
        r.put("sourceRef", row.workstationRecordNo());
        r.put("receiverKind", AgencyKind.LEGALAID.slug());
        r.put("region", row.region());

        ObjectNode applicant = r.putObject("applicant");
        applicant.put("name", row.applicantName());
        String id = row.applicantIdNumber();
        LocalDate birth = birthDate(id);
        if (birth != null) {
            applicant.put("sex", (id.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
            applicant.put("birthDate", birth.toString());
        }
        applicant.put("idNumber", id);
        putIfPresent(applicant, "phone", row.applicantPhone());
        applicant.put("employer", row.employerName());
        applicant.put("group", (row.applicantGroup() == null ? Group.OTHER : row.applicantGroup()).code());

        ObjectNode matter = r.putObject("matter");
        matter.put("category", row.category().code());
        matter.put("legalStatus", LEGAL_STATUS);
        matter.put("role", "CLAIMANT");
        matter.put("facts", row.facts());

        ObjectNode opposing = r.putObject("opposingParty");
        opposing.put("name", row.employerName());
        putIfPresent(opposing, "creditCode", row.employerCreditCode());
        putIfPresent(opposing, "project", row.project());

        if (row.amountClaimed() != null) {
            r.put("amountClaimed", row.amountClaimed());
        }
        r.put("peopleCount", row.peopleCountOrDefault());
        if (row.limitationDate() != null) {
            r.putObject("urgency").put("limitationDate", row.limitationDate().toString());
        }
        if (!row.documentKinds().isEmpty()) {
            ArrayNode documents = r.putArray("documents");
            for (DocumentKind kind : row.documentKinds()) {
                documents.addObject().put("item", kind.code()).put("provided", true);
            }
        }
        ObjectNode consent = r.putObject("consent");
        consent.put("legalBasis", "APPLICANT_CONSENT");
        consent.put("scope", scope(row));
        putIfPresent(consent, "recordedBy", row.reviewedBy());
        return r;
    }

    /** The template column a referral field came from (a JSON pointer of the hub's answer), or null. */
    static String columnOf(String referralPointer) {
        String best = null;
        for (String pointer : COLUMN_BY_POINTER.keySet()) {
            if ((referralPointer.equals(pointer) || referralPointer.startsWith(pointer + "/"))
                    && (best == null || pointer.length() > best.length())) {
                best = pointer;
            }
        }
        return best == null ? null : COLUMN_BY_POINTER.get(best);
    }

    private static String scope(IntakeRecord row) {
        StringBuilder scope = new StringBuilder("申请人在商会法律援助工作站申请法律援助，经工作站受理、初审后转交法律援助中心");
        if (row.reviewedBy() != null || row.reviewedAt() != null) {
            scope.append("（初审");
            if (row.reviewedAt() != null) {
                scope.append(' ').append(row.reviewedAt());
            }
            if (row.reviewedBy() != null) {
                scope.append(' ').append(row.reviewedBy());
            }
            scope.append('）');
        }
        return scope.append('。').toString();
    }

    /** The birth date inside an 18-character resident ID, or null when it has none. */
    private static LocalDate birthDate(String id) {
        if (id == null || id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
