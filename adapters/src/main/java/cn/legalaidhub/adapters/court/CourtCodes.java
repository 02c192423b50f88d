package cn.legalaidhub.adapters.court;

import cn.legalaidhub.adapters.soap.CodeTable;
import cn.legalaidhub.adapters.soap.FieldPaths;

/** The court system's code lists (court-types.xsd) and how they map to the contract's codes. */
final class CourtCodes {

    static final CodeTable XINGBIE = CodeTable.of("1", "MALE", "男", "2", "FEMALE", "女");

    static final CodeTable ZJLX = CodeTable.of(
            "SFZ", "RESIDENT_ID", "居民身份证",
            "YJZ", "FOREIGN_PERMANENT_RESIDENT_ID", "外国人永久居留身份证",
            "HZ", "PASSPORT", "护照",
            "QT", "OTHER", "其他");

    static final CodeTable RYLB = CodeTable.of(
            "NMG", "MIGRANT_WORKER", "农民工",
            "XJY", "NEW_FORM_WORKER", "新就业形态劳动者",
            "FN", "WOMAN", "妇女",
            "WCN", "MINOR", "未成年人",
            "LN", "ELDERLY", "老年人",
            "CJR", "DISABLED", "残疾人",
            "JRJS", "MILITARY_FAMILY", "军人军属",
            "DSR", "LOW_INCOME", "低收入群体",
            "QT", "OTHER", "其他");

    static final CodeTable SSDW = CodeTable.of("YG", "CLAIMANT", "原告/申请人", "BG", "RESPONDENT", "被告/被申请人", "DSR", "THIRD_PARTY", "第三人");

    static final CodeTable ANYOU = CodeTable.of(
            "LDBC", "UNPAID_WAGES", "追索劳动报酬纠纷",
            "GSDY", "WORK_INJURY", "工伤保险待遇纠纷",
            "SHBX", "SOCIAL_INSURANCE", "社会保险纠纷",
            "LDGX", "LABOR_RELATIONSHIP", "确认劳动关系纠纷",
            "JJBC", "ECONOMIC_COMPENSATION", "经济补偿金纠纷",
            "HYJT", "MARRIAGE_FAMILY", "婚姻家庭纠纷",
            "JTBL", "DOMESTIC_VIOLENCE", "家庭暴力/人身安全保护令",
            "FYF", "MAINTENANCE", "抚养费/赡养费/扶养费纠纷",
            "WCN", "MINOR_PROTECTION", "未成年人保护",
            "QT", "OTHER", "其他");

    static final CodeTable SSCX = CodeTable.of(
            "SQ", "NOT_IN_PROCEEDINGS", "诉前",
            "TJ", "MEDIATION", "调解",
            "ZC", "ARBITRATION", "仲裁",
            "YS", "FIRST_INSTANCE", "一审",
            "ES", "SECOND_INSTANCE", "二审",
            "ZX", "ENFORCEMENT", "执行");

    /** Assistance types; ZXXZ (执行协助) has no urgency reason: the proceedings stage (执行) says it. */
    static final CodeTable XZLX = CodeTable.of(
            "CCBQ", "PRESERVATION_OF_PROPERTY", "财产保全",
            "ZJBQ", "PRESERVATION_OF_EVIDENCE", "证据保全",
            "XYZX", "EARLY_EXECUTION", "先予执行",
            "ZXXZ", "ENFORCEMENT", "执行协助");

    static final CodeTable CLMC = CodeTable.of(
            "SFZM", "ID_PROOF", "身份证明",
            "JJKN", "ECONOMIC_STATUS", "经济困难状况说明",
            "LDHT", "LABOR_CONTRACT", "劳动合同",
            "KQJL", "ATTENDANCE", "考勤记录",
            "QTIAO", "IOU", "欠条",
            "GZJS", "SETTLEMENT_SHEET", "工资结算单",
            "GSRD", "INJURY_DETERMINATION", "工伤认定书",
            "CPWS", "ARBITRATION_PAPERS", "裁判/仲裁文书",
            "DLZM", "AGENCY_PROOF", "代理关系证明",
            "QTCL", "OTHER", "其他材料");

    static final CodeTable DLGX = CodeTable.of(
            "FM", "PARENT", "父母",
            "JHR", "GUARDIAN", "监护人",
            "PO", "SPOUSE", "配偶",
            "FDDL", "OTHER_LEGAL_REPRESENTATIVE", "其他法定代理人",
            "WTDL", "ENTRUSTED", "委托代理人");

    static final CodeTable SQYJ = CodeTable.of(
            "BRTY", "APPLICANT_CONSENT", "本人同意",
            "JHRTY", "GUARDIAN_CONSENT", "监护人同意",
            "FDZZ", "STATUTORY_DUTY", "履行法定职责",
            "BHSM", "VITAL_INTEREST", "保护生命健康和财产安全所必需");

    static final CodeTable ZT = CodeTable.of(
            "YTJ", "SUBMITTED", "已提交",
            "DFP", "UNROUTABLE", "待人工分派",
            "YSD", "DELIVERED", "已送达",
            "YCK", "OPENED", "已查看",
            "YSL", "ACCEPTED", "已受理",
            "RQSL", "ACCEPTED_PENDING_DOCUMENTS", "容缺受理",
            "YTH", "DECLINED", "已退回",
            "JDYZ", "GRANTED", "已决定给予援助",
            "BYYZ", "REFUSED", "不予援助",
            "YYSC", "OBJECTION_REVIEW", "异议审查中",
            "YZP", "ASSIGNED", "已指派",
            "BLZ", "IN_PROGRESS", "办理中",
            "YJA", "CLOSED", "已结案",
            "YZZ", "TERMINATED", "已终止",
            "YGD", "ARCHIVED", "已归档",
            "YCH", "CANCELLED", "已撤回");

    static final CodeTable SJLX = CodeTable.of(
            "SL", "ACCEPTED", "受理/立案",
            "RQSL", "ACCEPTED_PENDING_DOCUMENTS", "容缺受理",
            "BZSD", "DOCUMENTS_RECEIVED", "补正材料已收到",
            "MYBZ", "DOCUMENTS_WAIVED", "缺件免于补正",
            "BH", "DECLINED", "驳回/不予受理",
            "GY", "GRANTED", "给予法律援助",
            "BY", "REFUSED", "不予法律援助",
            "TCYY", "OBJECTION_FILED", "提出异议",
            "YYJL", "OBJECTION_DECIDED", "异议审查结论",
            "ZP", "ASSIGNED", "指定承办人",
            "JSZP", "ASSIGNMENT_ACCEPTED", "接受指派",
            "JJZP", "ASSIGNMENT_DECLINED", "拒绝指派",
            "JZ", "PROGRESS", "办理进展",
            "TJCG", "MEDIATION_AGREED", "调解成功",
            "TJBC", "MEDIATION_FAILED", "调解不成",
            "ZJ", "TRANSFERRED", "异地协作转交",
            "JA", "CLOSED", "结案",
            "ZZ", "TERMINATED", "终止",
            "GD", "ARCHIVED", "归档",
            "CH", "CANCELLED", "撤回");

    static final CodeTable THYY = CodeTable.of(
            "BSZZ", "NOT_OUR_REMIT", "不属本院职责",
            "FBYGX", "WRONG_REGION", "非本院管辖",
            "CFSQ", "DUPLICATE", "重复申请",
            "BFHTJ", "NOT_ELIGIBLE", "不符合条件",
            "QT", "OTHER", "其他");

    static final CodeTable JAJG = CodeTable.of(
            "SS", "WON", "胜诉/支持",
            "TJ", "SETTLED", "调解/和解",
            "BFZC", "PARTIALLY_WON", "部分支持",
            "BS", "LOST", "败诉/驳回",
            "CS", "WITHDRAWN", "撤诉/撤回",
            "QT", "OTHER", "其他");

    static final CodeTable CBRLB = CodeTable.of("LS", "LAWYER", "律师/基层法律服务工作者", "GZZ", "WORKSTATION", "法律援助工作站");

    static final CodeTable TZLX = CodeTable.of(
            "TX", "REMINDER", "即将到期提醒",
            "CB", "OVERDUE", "逾期催办",
            "DB", "ESCALATION", "督办",
            "WFFP", "UNROUTABLE", "无法分派",
            "BQXZ", "COURT_PRESERVATION", "保全协助",
            "QZBG", "MANDATORY_REPORT", "强制报告",
            "QJGZ", "MISSING_DOCUMENTS", "一次性告知缺件",
            "TJZB", "MEDIATION_FALLBACK", "调解不成转办",
            "CS", "COPY", "抄送",
            "XXTB", "BULLETIN", "信息通报",
            "LXHY", "MEETING_NOTICE", "联席会议通知");

    /** Court stages of proceedings ↔ the contract's stages of a case (status events). */
    static final CodeTable JD = CodeTable.of(
            "TJ", "MEDIATION", "调解",
            "ZC", "ARBITRATION", "仲裁",
            "YS", "FIRST_INSTANCE", "一审",
            "ES", "SECOND_INSTANCE", "二审",
            "ZX", "ENFORCEMENT", "执行");

    /** The canonical referral's pointers in the court's field names. */
    static final FieldPaths REFERRAL_FIELDS = FieldPaths.of("shenqing",
            "/sourceRef", "shenqing/anhao",
            "/receiverKind", "shenqing",
            "/region", "shenqing/xzqh",
            "/applicant", "shenqing/dangshiren",
            "/applicant/name", "shenqing/dangshiren/xingming",
            "/applicant/sex", "shenqing/dangshiren/xingbie",
            "/applicant/birthDate", "shenqing/dangshiren/csrq",
            "/applicant/ethnicity", "shenqing/dangshiren/minzu",
            "/applicant/idType", "shenqing/dangshiren/zjlx",
            "/applicant/idNumber", "shenqing/dangshiren/zjhm",
            "/applicant/householdRegistration", "shenqing/dangshiren/hjdz",
            "/applicant/address", "shenqing/dangshiren/jzdz",
            "/applicant/phone", "shenqing/dangshiren/lxdh",
            "/applicant/employer", "shenqing/dangshiren/gzdw",
            "/applicant/occupation", "shenqing/dangshiren/zhiye",
            "/applicant/group", "shenqing/dangshiren/rylb",
            "/agent", "shenqing/dailiren",
            "/agent/name", "shenqing/dailiren/xingming",
            "/agent/relation", "shenqing/dailiren/dlgx",
            "/agent/idNumber", "shenqing/dailiren/zjhm",
            "/agent/phone", "shenqing/dailiren/lxdh",
            "/agent/proof", "shenqing/dailiren/zmcl",
            "/opposingParty", "shenqing/duifang",
            "/opposingParty/name", "shenqing/duifang/mingcheng",
            "/opposingParty/creditCode", "shenqing/duifang/tyshxydm",
            "/opposingParty/address", "shenqing/duifang/dizhi",
            "/opposingParty/project", "shenqing/duifang/gcxm",
            "/opposingParty/generalContractor", "shenqing/duifang/zbdw",
            "/matter", "shenqing",
            "/matter/category", "shenqing/anyou",
            "/matter/legalStatus", "shenqing/sscx",
            "/matter/role", "shenqing/dangshiren/ssdw",
            "/matter/facts", "shenqing/anqing",
            "/amountClaimed", "shenqing/bdje",
            "/peopleCount", "shenqing/sars",
            "/urgency", "shenqing/xzlx",
            "/urgency/reasons", "shenqing/xzlx",
            "/urgency/limitationDate", "shenqing/qxjmr",
            "/urgency/note", "shenqing/jjsm",
            "/documents", "shenqing/cailiao",
            "/documents/*", "shenqing/cailiao[*]",
            "/documents/*/item", "shenqing/cailiao[*]/clmc",
            "/documents/*/provided", "shenqing/cailiao[*]/ytj",
            "/documents/*/note", "shenqing/cailiao[*]/bz",
            "/consent", "shenqing/shouquan",
            "/consent/legalBasis", "shenqing/shouquan/sqyj",
            "/consent/obtainedAt", "shenqing/shouquan/sqsj",
            "/consent/scope", "shenqing/shouquan/sqfw",
            "/consent/recordedBy", "shenqing/shouquan/jlr");

    /** The canonical status event's pointers in the court's field names (ReportCaseStatus). */
    static final FieldPaths EVENT_FIELDS = FieldPaths.of("banli",
            "/type", "banli/sjlx",
            "/reasonCode", "banli/thyy",
            "/reasonText", "banli/thsm",
            "/assignee", "banli/cbr",
            "/assignee/name", "banli/cbr/xm",
            "/assignee/kind", "banli/cbr/lb",
            "/assignee/phone", "banli/cbr/dh",
            "/stage", "banli/jd",
            "/hearing", "banli/kaiting",
            "/hearing/date", "banli/kaiting/rq",
            "/hearing/time", "banli/kaiting/sj",
            "/hearing/place", "banli/kaiting/dd",
            "/hearing/note", "banli/kaiting/bz",
            "/outcome", "banli/jaqk",
            "/outcome/result", "banli/jaqk/jg",
            "/outcome/amountRecovered", "banli/jaqk/je",
            "/outcome/summary", "banli/jaqk/sm",
            "/outcome/documents", "banli/jaqk/ws",
            "/outcome/documents/*", "banli/jaqk/ws[*]",
            "/note", "banli/jzsm",
            "/occurredAt", "banli/fssj");

    private CourtCodes() {
    }
}
