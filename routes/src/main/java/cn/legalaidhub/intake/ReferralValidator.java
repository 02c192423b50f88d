package cn.legalaidhub.intake;

import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.identifiers.Identifiers;
import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.JsonDocuments;
import cn.legalaidhub.web.Problem.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Two layers: the JSON Schema of the contract, then the identifiers the schema cannot check
 * (GB 11643 ID check digit, GB 32100 credit-code check character, division code, mobile number).
 * Every problem is reported in one answer.
 */
@Component
public class ReferralValidator {

    private final JsonDocuments documents;

    ReferralValidator(JsonDocuments documents) {
        this.documents = documents;
    }

    public JsonNode validate(String body) {
        JsonNode referral = documents.parse(body);
        List<FieldError> errors = problems(referral);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Invalid referral", errors);
        }
        return referral;
    }

    /** Every problem of a parsed referral, both layers; empty when it is valid. */
    public List<FieldError> problems(JsonNode referral) {
        if (!referral.isObject()) {
            return List.of(new FieldError("", "type", "A referral must be a JSON object. 转介必须是 JSON 对象。"));
        }
        List<FieldError> errors = new ArrayList<>(documents.schemaProblems(ContractSchemas.REFERRAL, referral));
        errors.addAll(identifierProblems(referral));
        return errors;
    }

    static List<FieldError> identifierProblems(JsonNode referral) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode applicant = referral.path("applicant");
        checkIdNumber(errors, "/applicant", applicant);
        checkPhone(errors, "/applicant/phone", applicant.path("phone"));
        JsonNode agent = referral.path("agent");
        if (agent.isObject()) {
            if (agent.hasNonNull("idNumber")) {
                checkIdNumber(errors, "/agent", agent);
            }
            checkPhone(errors, "/agent/phone", agent.path("phone"));
        } else if ("MINOR".equals(applicant.path("group").asText())) {
            errors.add(new FieldError("/agent", "required",
                    "A minor applies through a legal representative: agent is required. 未成年人须由法定代理人代为申请。"));
        }
        JsonNode creditCode = referral.path("opposingParty").path("creditCode");
        if (creditCode.isTextual() && !Identifiers.isCreditCode(creditCode.asText())) {
            errors.add(new FieldError("/opposingParty/creditCode", "credit-code",
                    "'" + creditCode.asText() + "' is not a valid unified social credit code (GB 32100 check character). "
                            + "统一社会信用代码校验位错误。"));
        }
        JsonNode region = referral.path("region");
        if (region.isTextual() && !Identifiers.isDivisionCode(region.asText())) {
            errors.add(new FieldError("/region", "division-code",
                    "'" + region.asText() + "' is not a GB/T 2260 division code. 行政区划代码无效。"));
        }
        return errors;
    }

    private static void checkIdNumber(List<FieldError> errors, String at, JsonNode person) {
        JsonNode id = person.path("idNumber");
        if (!id.isTextual()) {
            return;
        }
        String type = person.path("idType").asText("RESIDENT_ID");
        String value = id.asText();
        boolean valid = switch (type) {
            case "RESIDENT_ID" -> Identifiers.isResidentId(value);
            case "FOREIGN_PERMANENT_RESIDENT_ID" -> Identifiers.isForeignPermanentResidentId(value);
            default -> true;
        };
        if (!valid) {
            errors.add(new FieldError(at + "/idNumber", "id-number", "'" + mask(value)
                    + "' is not a valid " + type + " number (region, birth date or GB 11643 check digit). 身份证号码无效。"));
            return;
        }
        JsonNode birthDate = person.path("birthDate");
        if ("RESIDENT_ID".equals(type) && birthDate.isTextual()
                && !birthDate.asText().replace("-", "").equals(value.substring(6, 14))) {
            errors.add(new FieldError(at + "/birthDate", "birth-date-mismatch",
                    "birthDate " + birthDate.asText() + " does not match the birth date in the ID number. 出生日期与身份证号码不一致。"));
        }
    }

    private static void checkPhone(List<FieldError> errors, String at, JsonNode phone) {
        if (phone.isTextual() && !Identifiers.isMainlandMobile(phone.asText())) {
            errors.add(new FieldError(at, "mobile",
                    "'" + phone.asText() + "' is not a mainland mobile number (11 digits, 1[3-9]…). 手机号码无效。"));
        }
    }

    private static String mask(String id) {
        return cn.legalaidhub.privacy.Masking.idNumber(id);
    }
}
