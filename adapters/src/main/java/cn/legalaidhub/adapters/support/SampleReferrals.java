package cn.legalaidhub.adapters.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Realistic canonical referrals for simulators, demos, tests and benchmarks: Wenzhou wage-arrears
 * and work-injury cases with valid ID numbers (GB 11643) and credit codes (GB 32100).
 */
public final class SampleReferrals {

    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴");
    private static final List<String> GIVEN = List.of("建国", "海峰", "秀英", "志强", "丽华", "小军", "春梅", "德明");
    private static final List<String> HOMES = List.of("511623", "522127", "362427", "412726", "341221");
    private static final List<String> EMPLOYERS = List.of("温州市鹿城建筑工程有限公司", "温州瓯海鞋业有限公司",
            "浙江龙湾机电制造有限公司", "温州市永嘉外卖配送服务有限公司", "乐清市电气安装工程有限公司");
    private static final List<String> PROJECTS = List.of("瓯江路安置房二期项目", "温州南站商务区一号楼", "鹿城区滨江小学扩建工程");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Random random;

    public SampleReferrals(long seed) {
        this.random = new Random(seed);
    }

    /** A migrant worker's unpaid-wage referral to the legal-aid center of Wenzhou. */
    public ObjectNode wageArrears(String sourceRef) {
        int employer = random.nextInt(EMPLOYERS.size());
        ObjectNode r = mapper.createObjectNode();
        r.put("sourceRef", sourceRef);
        r.put("receiverKind", "legalaid");
        r.put("region", "330302");
        ObjectNode applicant = r.putObject("applicant");
        LocalDate birth = LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String id = residentId(HOMES.get(random.nextInt(HOMES.size())), birth, random.nextInt(999));
        applicant.put("name", SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size())));
        applicant.put("sex", (id.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
        applicant.put("birthDate", birth.toString());
        applicant.put("idNumber", id);
        applicant.put("phone", "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)));
        applicant.put("group", "MIGRANT_WORKER");
        applicant.put("occupation", "建筑工人");
        applicant.put("employer", EMPLOYERS.get(employer));
        ObjectNode matter = r.putObject("matter");
        matter.put("category", "UNPAID_WAGES");
        matter.put("legalStatus", "ARBITRATION");
        matter.put("role", "CLAIMANT");
        matter.put("aidForm", "ARBITRATION_REPRESENTATION");
        matter.put("facts", "申请人自" + (2024 + random.nextInt(2)) + "年起在" + PROJECTS.get(random.nextInt(PROJECTS.size()))
                + "从事钢筋工作业，用人单位拖欠工资" + (3 + random.nextInt(9)) + "个月，多次催讨未果，已向仲裁院申请仲裁。");
        ObjectNode opposing = r.putObject("opposingParty");
        opposing.put("name", EMPLOYERS.get(employer));
        opposing.put("creditCode", creditCode("91330302MA2" + String.format("%06d", employer * 7919 % 1_000_000)));
        opposing.put("address", "浙江省温州市鹿城区");
        opposing.put("project", PROJECTS.get(random.nextInt(PROJECTS.size())));
        r.put("amountClaimed", 8000 + random.nextInt(60_000));
        r.put("peopleCount", 1);
        r.putArray("documents").addObject().put("item", "ID_PROOF").put("provided", true);
        ObjectNode consent = r.putObject("consent");
        consent.put("legalBasis", "APPLICANT_CONSENT");
        consent.put("obtainedAt", "2026-11-20T09:30:00+08:00");
        return r;
    }

    /** An 18-character resident ID with a correct GB 11643 check digit. */
    public static String residentId(String region, LocalDate birth, int sequence) {
        String body = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + ID_CHECK[sum % 11];
    }

    /** Completes a 17-character body with its GB 32100 check character. */
    public static String creditCode(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(body17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return body17 + CREDIT_CHARS.charAt(check == 31 ? 0 : check);
    }
}
