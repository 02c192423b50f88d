package cn.legalaidhub.typicalcases;

import cn.legalaidhub.contract.Category;
import cn.legalaidhub.contract.Group;
import cn.legalaidhub.contract.LabelledCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A typical case (典型案例) as the ledger holds it: the write-up is stored already masked. */
public record TypicalCase(String id, String referralId, String agencyId, String region, String category, String applicantGroup,
        String title, String parties, String facts, String actions, String result, String commentary, Status status,
        Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewNote, Instant publishedAt) {

    /** The case as the API, the reports and their exports show it (already masked). */
    public Map<String, Object> view() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("typicalCaseId", id);
        v.put("referralId", referralId);
        v.put("agency", agencyId);
        v.put("region", region);
        v.put("category", category);
        v.put("categoryLabel", LabelledCode.parse(Category.class, category).map(Category::label).orElse(category));
        v.put("group", applicantGroup);
        v.put("groupLabel", LabelledCode.parse(Group.class, applicantGroup).map(Group::label).orElse(applicantGroup));
        v.put("status", status.name());
        v.put("statusLabel", status.label());
        v.put("title", title);
        v.put("parties", parties);
        v.put("facts", facts);
        v.put("actions", actions);
        v.put("result", result);
        v.put("commentary", commentary);
        v.put("submittedAt", submittedAt.toString());
        v.put("reviewedBy", reviewedBy);
        v.put("reviewedAt", reviewedAt == null ? null : reviewedAt.toString());
        v.put("reviewNote", reviewNote);
        v.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        return v;
    }

    /** 待审核 → 已发布, or 退回修改 and submitted again. */
    public enum Status {
        SUBMITTED("待审核"), RETURNED("退回修改"), PUBLISHED("已发布");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
