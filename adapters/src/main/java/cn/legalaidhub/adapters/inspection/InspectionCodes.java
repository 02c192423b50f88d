package cn.legalaidhub.adapters.inspection;

import cn.legalaidhub.contract.Category;
import cn.legalaidhub.contract.DeclineReason;
import cn.legalaidhub.contract.Group;
import cn.legalaidhub.contract.OutcomeResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labor-inspection system's code tables (劳动保障监察 投诉举报案件 代码) and their canonical
 * counterparts. Documented in adapters/docs/inspection.md; each table reads both ways.
 */
final class InspectionCodes {

    /** 投诉类别 tslb. */
    static final Map<String, Category> COMPLAINT_CATEGORY = ordered(
            "0101", Category.UNPAID_WAGES,          // 拖欠、克扣工资
            "0201", Category.SOCIAL_INSURANCE,      // 未依法参加社会保险
            "0301", Category.LABOR_RELATIONSHIP,    // 未订立书面劳动合同 / 劳动关系
            "0401", Category.ECONOMIC_COMPENSATION, // 违法解除劳动合同、经济补偿
            "0501", Category.WORK_INJURY,           // 工伤保险待遇
            "9900", Category.OTHER);                // 其他
    /** 人员类别 rylb. */
    static final Map<String, Group> PERSON_GROUP = ordered(
            "01", Group.MIGRANT_WORKER,   // 农民工
            "02", Group.NEW_FORM_WORKER,  // 新就业形态劳动者
            "03", Group.WOMAN,            // 女职工
            "04", Group.MINOR,            // 未成年工
            "05", Group.DISABLED,         // 残疾职工
            "09", Group.OTHER);           // 其他
    /** 性别 xb (GB/T 2261.1). */
    static final Map<String, String> SEX = ordered("1", "MALE", "2", "FEMALE");
    /** 信息共享依据 tyfs. */
    static final Map<String, String> SHARING_BASIS = ordered(
            "1", "APPLICANT_CONSENT",  // 投诉人书面同意
            "2", "STATUTORY_DUTY");    // 依法履行职责
    /** 代理人关系 dlrgx. */
    static final Map<String, String> AGENT_RELATION = ordered("1", "PARENT", "2", "GUARDIAN", "9", "ENTRUSTED");

    /** 反馈状态 zt of the hub's feedback to inspection, by canonical event type. */
    static final Map<String, String> FEEDBACK_STATUS = ordered(
            "ACCEPTED", "21",   // 法律援助机构已受理
            "GRANTED", "26",    // 已决定给予法律援助
            "REFUSED", "27",    // 不予法律援助
            "DECLINED", "22",   // 退回/不予受理
            "ASSIGNED", "23",   // 已指派承办人
            "PROGRESS", "24",   // 办理中
            "CLOSED", "25",     // 已结案
            "CANCELLED", "29"); // 已撤回
    static final Map<String, String> FEEDBACK_STATUS_LABEL = ordered(
            "21", "法律援助机构已受理", "22", "退回/不予受理", "23", "已指派承办人", "24", "办理中", "25", "已结案", "26", "已决定给予法律援助", "27", "不予法律援助", "29", "已撤回");
    /** 结案结果 jajg, both ways. */
    static final Map<String, OutcomeResult> OUTCOME = ordered(
            "1", OutcomeResult.WON,            // 请求获支持/已追回
            "2", OutcomeResult.PARTIALLY_WON,  // 部分支持
            "3", OutcomeResult.SETTLED,        // 调解/和解
            "4", OutcomeResult.LOST,           // 驳回
            "5", OutcomeResult.WITHDRAWN,      // 撤回
            "9", OutcomeResult.OTHER);         // 其他
    /** 退回原因 thyy, both ways. */
    static final Map<String, DeclineReason> DECLINE_REASON = ordered(
            "1", DeclineReason.NOT_OUR_REMIT,  // 不属本部门职责
            "2", DeclineReason.WRONG_REGION,   // 不属本地管辖
            "3", DeclineReason.DUPLICATE,      // 重复
            "4", DeclineReason.NOT_ELIGIBLE,   // 不符合条件
            "9", DeclineReason.OTHER);         // 其他
    /** 办理状态 zt that inspection reports on a referral it received. */
    static final Map<String, String> HANDLING_STATUS = ordered(
            "11", "立案受理", "12", "不予受理/退回", "13", "调查处理中", "14", "结案");

    private InspectionCodes() {
    }

    static <K, V> K codeOf(Map<K, V> table, V value, K fallback) {
        return table.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst().orElse(fallback);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
