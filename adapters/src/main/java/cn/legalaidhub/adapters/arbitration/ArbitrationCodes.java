package cn.legalaidhub.adapters.arbitration;

import cn.legalaidhub.adapters.soap.CodeTable;
import cn.legalaidhub.adapters.soap.FieldPaths;

/** The institute's code lists (arbitration-types.xsd) and how they map to the contract's codes. */
final class ArbitrationCodes {

    static final CodeTable REFER_TO = CodeTable.of(
            "LEGAL_AID", "legalaid", "法律援助中心",
            "UNION_STATION", "union", "工会法律援助工作站");

    static final CodeTable GENDER = CodeTable.of("1", "MALE", "男", "2", "FEMALE", "女");

    static final CodeTable CERT_TYPE = CodeTable.of(
            "01", "RESIDENT_ID", "居民身份证",
            "02", "FOREIGN_PERMANENT_RESIDENT_ID", "外国人永久居留身份证",
            "03", "PASSPORT", "护照",
            "99", "OTHER", "其他证件");

    static final CodeTable PERSON_CATEGORY = CodeTable.of(
            "01", "MIGRANT_WORKER", "农民工",
            "02", "NEW_FORM_WORKER", "新就业形态劳动者",
            "03", "WOMAN", "女职工",
            "04", "MINOR", "未成年工",
            "05", "ELDERLY", "老年劳动者",
            "06", "DISABLED", "残疾职工",
            "07", "MILITARY_FAMILY", "军人军属",
            "08", "LOW_INCOME", "低收入群体",
            "99", "OTHER", "其他");

    static final CodeTable HEALTH = CodeTable.of("1", "HEALTHY", "健康", "2", "DISABLED", "残疾", "3", "SERIOUSLY_ILL", "患重大疾病");

    static final CodeTable DISPUTE_TYPE = CodeTable.of(
            "0101", "UNPAID_WAGES", "劳动报酬",
            "0102", "WORK_INJURY", "工伤保险待遇",
            "0103", "SOCIAL_INSURANCE", "社会保险待遇",
            "0104", "LABOR_RELATIONSHIP", "确认劳动关系",
            "0105", "ECONOMIC_COMPENSATION", "经济补偿金/赔偿金",
            "0199", "OTHER", "其他劳动人事争议");

    static final CodeTable CASE_STAGE = CodeTable.of(
            "01", "MEDIATION", "仲裁前调解",
            "02", "ARBITRATION", "仲裁审理中",
            "03", "ENFORCEMENT", "裁决后执行");

    static final CodeTable PARTY_POSITION = CodeTable.of("1", "CLAIMANT", "申请人", "2", "RESPONDENT", "被申请人", "3", "THIRD_PARTY", "第三人");

    static final CodeTable AID_ITEM = CodeTable.of(
            "01", "ARBITRATION_REPRESENTATION", "仲裁代理",
            "02", "DOCUMENT_DRAFTING", "代写法律文书",
            "03", "CONSULTATION", "法律咨询",
            "04", "MEDIATION", "调解",
            "05", "LITIGATION_REPRESENTATION", "诉讼代理");

    static final CodeTable MATERIAL = CodeTable.of(
            "C01", "ID_PROOF", "身份证明",
            "C02", "ECONOMIC_STATUS", "经济困难状况说明",
            "C03", "LABOR_CONTRACT", "劳动合同",
            "C04", "ATTENDANCE", "考勤记录",
            "C05", "IOU", "欠条",
            "C06", "SETTLEMENT_SHEET", "工资结算单",
            "C07", "INJURY_DETERMINATION", "工伤认定书",
            "C08", "ARBITRATION_PAPERS", "仲裁申请书及受理通知书",
            "C09", "AGENCY_PROOF", "代理关系证明",
            "C99", "OTHER", "其他");

    static final CodeTable AGENT_RELATION = CodeTable.of(
            "10", "PARENT", "父母",
            "20", "GUARDIAN", "监护人",
            "30", "SPOUSE", "配偶",
            "40", "OTHER_LEGAL_REPRESENTATIVE", "其他法定代理人",
            "50", "ENTRUSTED", "委托代理人");

    static final CodeTable CONSENT_BASIS = CodeTable.of(
            "1", "APPLICANT_CONSENT", "本人书面同意",
            "2", "GUARDIAN_CONSENT", "监护人书面同意",
            "3", "STATUTORY_DUTY", "履行法定职责",
            "4", "VITAL_INTEREST", "保护生命健康和财产安全所必需");

    static final CodeTable STATUS = CodeTable.of(
            "10", "SUBMITTED", "已提交",
            "11", "UNROUTABLE", "待人工分派",
            "20", "DELIVERED", "已送达",
            "21", "OPENED", "已查看",
            "30", "ACCEPTED", "已受理",
            "31", "ACCEPTED_PENDING_DOCUMENTS", "容缺受理",
            "32", "DECLINED", "已退回",
            "33", "GRANTED", "已决定给予援助",
            "34", "REFUSED", "不予援助",
            "35", "OBJECTION_REVIEW", "异议审查中",
            "40", "ASSIGNED", "已指派",
            "50", "IN_PROGRESS", "办理中",
            "60", "CLOSED", "已结案",
            "61", "TERMINATED", "已终止",
            "62", "ARCHIVED", "已归档",
            "70", "CANCELLED", "已撤回");

    static final CodeTable HANDLER_TYPE = CodeTable.of("1", "LAWYER", "律师", "2", "WORKSTATION", "法律援助工作站");

    static final CodeTable CLOSING_RESULT = CodeTable.of(
            "1", "WON", "胜诉",
            "2", "SETTLED", "调解/和解",
            "3", "PARTIALLY_WON", "部分支持",
            "4", "LOST", "败诉",
            "5", "WITHDRAWN", "撤回",
            "9", "OTHER", "其他");

    /** The canonical referral's pointers in the institute's field names (see {@link FieldPaths}). */
    static final FieldPaths FIELDS = FieldPaths.of("referral",
            "/sourceRef", "referral/arbitrationCaseNo",
            "/receiverKind", "referral/referTo",
            "/region", "referral/handlingRegion",
            "/applicant", "referral/applicant",
            "/applicant/name", "referral/applicant/name",
            "/applicant/sex", "referral/applicant/gender",
            "/applicant/birthDate", "referral/applicant/birthDate",
            "/applicant/ethnicity", "referral/applicant/nation",
            "/applicant/idType", "referral/applicant/certType",
            "/applicant/idNumber", "referral/applicant/certNo",
            "/applicant/householdRegistration", "referral/applicant/domicile",
            "/applicant/address", "referral/applicant/residence",
            "/applicant/phone", "referral/applicant/mobile",
            "/applicant/employer", "referral/applicant/workUnit",
            "/applicant/occupation", "referral/applicant/occupation",
            "/applicant/health", "referral/applicant/healthStatus",
            "/applicant/group", "referral/applicant/personCategory",
            "/agent", "referral/agent",
            "/agent/name", "referral/agent/name",
            "/agent/relation", "referral/agent/relation",
            "/agent/idNumber", "referral/agent/certNo",
            "/agent/phone", "referral/agent/mobile",
            "/agent/proof", "referral/agent/proof",
            "/opposingParty", "referral/respondent",
            "/opposingParty/name", "referral/respondent/unitName",
            "/opposingParty/creditCode", "referral/respondent/creditCode",
            "/opposingParty/address", "referral/respondent/address",
            "/opposingParty/project", "referral/respondent/projectName",
            "/opposingParty/generalContractor", "referral/respondent/generalContractor",
            "/matter", "referral/dispute",
            "/matter/category", "referral/dispute/disputeType",
            "/matter/legalStatus", "referral/dispute/caseStage",
            "/matter/role", "referral/dispute/partyPosition",
            "/matter/aidForm", "referral/dispute/aidItem",
            "/matter/facts", "referral/dispute/factsAndReasons",
            "/amountClaimed", "referral/dispute/claimAmount",
            "/peopleCount", "referral/dispute/workerCount",
            "/urgency", "referral/urgent",
            "/urgency/reasons", "referral/urgent",
            "/urgency/limitationDate", "referral/urgent/limitationExpiry",
            "/urgency/note", "referral/urgent/remark",
            "/documents", "referral/materials",
            "/documents/*", "referral/materials/material[*]",
            "/documents/*/item", "referral/materials/material[*]/materialCode",
            "/documents/*/provided", "referral/materials/material[*]/submitted",
            "/documents/*/note", "referral/materials/material[*]/remark",
            "/consent", "referral/consent",
            "/consent/legalBasis", "referral/consent/basis",
            "/consent/obtainedAt", "referral/consent/consentTime",
            "/consent/scope", "referral/consent/scope",
            "/consent/recordedBy", "referral/consent/recorder");

    private ArbitrationCodes() {
    }
}
