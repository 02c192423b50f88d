package cn.legalaidhub.adapters.arbitration;

import cn.legalaidhub.adapters.arbitration.ws.referral.ReferralFault;
import cn.legalaidhub.adapters.arbitration.ws.types.DisputeReferral;
import cn.legalaidhub.adapters.arbitration.ws.types.FieldProblem;
import cn.legalaidhub.adapters.arbitration.ws.types.QueryReferralStatus;
import cn.legalaidhub.adapters.arbitration.ws.types.QueryReferralStatusResponse;
import cn.legalaidhub.adapters.arbitration.ws.types.ReferralFaultDetail;
import cn.legalaidhub.adapters.soap.SafeDoors;
import cn.legalaidhub.adapters.support.HubDoors;
import cn.legalaidhub.adapters.soap.MappingProblems;
import cn.legalaidhub.adapters.soap.PartnerProblem;
import cn.legalaidhub.adapters.soap.SoapCaller;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.springframework.stereotype.Component;

/** What the institute's SOAP calls do: map, call the hub's doors as the institute, answer or fault. */
@Component
class ArbitrationSoapRequests {

    private final HubDoors doors;

    ArbitrationSoapRequests(HubDoors doors) {
        this.doors = doors;
    }

    void handle(Exchange exchange) throws ReferralFault {
        String agency = SoapCaller.agencyOfKind(exchange, ArbitrationSoapConfiguration.SLUG).orElseThrow(() -> fault(
                "NOT_ALLOWED", "Only an authenticated arbitration institute may call this service. 仅限已认证的仲裁院调用。", List.of()));
        String operation = exchange.getIn().getHeader(CxfConstants.OPERATION_NAME, String.class);
        Object request = exchange.getIn().getBody(List.class).get(0);
        Object response = switch (operation) {
            case "SubmitReferral" -> submit(agency, (DisputeReferral) request);
            case "QueryReferralStatus" -> query(agency, (QueryReferralStatus) request);
            default -> throw fault("NOT_ALLOWED", "Unknown operation " + operation, List.of());
        };
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(response);
    }

    private Object submit(String agency, DisputeReferral referral) throws ReferralFault {
        MappingProblems problems = new MappingProblems();
        JsonNode canonical = ArbitrationReferralMapping.toCanonical(referral, problems);
        HubDoors.Answer answer = SafeDoors.call(() -> doors.submitReferral(agency, canonical.toString()));
        if (!answer.ok()) {
            throw refusal(answer, problems);
        }
        return ArbitrationStatusMapping.receipt(answer.body(), referral == null ? null : referral.getArbitrationCaseNo());
    }

    private Object query(String agency, QueryReferralStatus query) throws ReferralFault {
        HubDoors.Answer answer;
        if (query.getHubReferralId() != null) {
            answer = SafeDoors.call(() -> doors.read(agency, query.getHubReferralId()));
        } else if (query.getArbitrationCaseNo() != null) {
            answer = SafeDoors.call(() -> doors.readBySource(agency, query.getArbitrationCaseNo()));
        } else {
            throw fault("INVALID_INPUT", "Give hubReferralId or arbitrationCaseNo. 请提供枢纽转介编号或仲裁案号。",
                    List.of(problem("hubReferralId", null, "required", "hubReferralId or arbitrationCaseNo is required. 须填写其一。")));
        }
        if (!answer.ok()) {
            throw refusal(answer, new MappingProblems());
        }
        QueryReferralStatusResponse response = new QueryReferralStatusResponse();
        response.setStatusInfo(ArbitrationStatusMapping.statusInfo(answer.body()));
        return response;
    }

    /** A door's 4xx answer as the institute's fault, every problem named by the institute's field. */
    static ReferralFault refusal(HubDoors.Answer answer, MappingProblems mapping) {
        List<FieldProblem> problems = ArbitrationCodes.FIELDS.translate(answer.body(), mapping).stream()
                .map(ArbitrationSoapRequests::problem).toList();
        String code = switch (answer.status()) {
            case 400, 422 -> "INVALID_INPUT";
            case 404 -> "NOT_FOUND";
            case 401, 403, 409 -> "NOT_ALLOWED";
            default -> "UNAVAILABLE";
        };
        String detail = answer.body().path("detail").asText(answer.body().path("title").asText("HTTP " + answer.status()));
        return fault(code, detail, problems);
    }

    private static FieldProblem problem(PartnerProblem p) {
        return problem(p.field(), p.pointer(), p.code(), p.message());
    }

    private static FieldProblem problem(String field, String pointer, String code, String message) {
        FieldProblem problem = new FieldProblem();
        problem.setField(field);
        problem.setHubPointer(pointer);
        problem.setCode(code);
        problem.setMessage(message);
        return problem;
    }

    static ReferralFault fault(String code, String message, List<FieldProblem> problems) {
        ReferralFaultDetail detail = new ReferralFaultDetail();
        detail.setErrorCode(code);
        detail.setErrorMessage(message);
        detail.getProblem().addAll(problems);
        return new ReferralFault(message, detail);
    }
}
