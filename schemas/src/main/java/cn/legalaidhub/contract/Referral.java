package cn.legalaidhub.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The canonical referral 转介 (schemas/json/referral.schema.json). Defaults the schema declares
 * (idType RESIDENT_ID, role CLAIMANT, peopleCount 1) are not filled in, so a document reads and writes
 * back unchanged; use the {@code ...OrDefault()} methods to read them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Referral(
        String sourceRef,
        AgencyKind receiverKind,
        String region,
        Applicant applicant,
        Agent agent,
        Matter matter,
        OpposingParty opposingParty,
        BigDecimal amountClaimed,
        Integer peopleCount,
        Urgency urgency,
        List<DocumentItem> documents,
        Consent consent) {

    public int peopleCountOrDefault() {
        return peopleCount == null ? 1 : peopleCount;
    }

    /** Applicant 申请人. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Applicant(
            String name,
            Sex sex,
            LocalDate birthDate,
            String ethnicity,
            IdType idType,
            String idNumber,
            String householdRegistration,
            String address,
            String phone,
            String employer,
            String occupation,
            Health health,
            Group group,
            List<Group> otherGroups,
            String earlierApplications) {

        public IdType idTypeOrDefault() {
            return idType == null ? IdType.RESIDENT_ID : idType;
        }
    }

    /** Agent 代理人: legal representative or entrusted agent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Agent(String name, AgentRelation relation, String idNumber, String phone, String proof) {
    }

    /** Matter 案件事项. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Matter(Category category, LegalStatus legalStatus, PartyRole role, AidForm aidForm, String facts,
            Boolean factsClear, Boolean minorHarmSuspected) {

        public PartyRole roleOrDefault() {
            return role == null ? PartyRole.CLAIMANT : role;
        }
    }

    /** Opposing party 对方当事人, usually the employer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpposingParty(String name, String creditCode, String address, String project, String generalContractor) {
    }

    /** Urgency 紧急情形 (Legal Aid Law art. 44). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Urgency(List<UrgencyReason> reasons, LocalDate limitationDate, String note) {
    }

    /** One line of the documents checklist 申请材料清单. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentItem(DocumentKind item, Boolean provided, String note) {
    }

    /** Legal basis for sharing the applicant's personal information 个人信息处理依据. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Consent(
            LegalBasis legalBasis,
            @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime obtainedAt,
            String scope,
            String recordedBy) {
    }
}
