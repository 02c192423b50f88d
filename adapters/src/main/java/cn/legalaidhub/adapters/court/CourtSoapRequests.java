package cn.legalaidhub.adapters.court;

import cn.legalaidhub.adapters.court.ws.assistance.CourtFault;
import cn.legalaidhub.adapters.court.ws.types.Banliqk;
import cn.legalaidhub.adapters.court.ws.types.CuowuXiangqing;
import cn.legalaidhub.adapters.court.ws.types.Cuowumx;
import cn.legalaidhub.adapters.court.ws.types.QueryStatus;
import cn.legalaidhub.adapters.court.ws.types.QueryStatusResponse;
import cn.legalaidhub.adapters.court.ws.types.XiezhuShenqing;
import cn.legalaidhub.adapters.soap.FieldPaths;
import cn.legalaidhub.adapters.soap.SafeDoors;
import cn.legalaidhub.adapters.support.HubDoors;
import cn.legalaidhub.adapters.soap.MappingProblems;
import cn.legalaidhub.adapters.soap.PartnerProblem;
import cn.legalaidhub.adapters.soap.SoapCaller;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.springframework.stereotype.Component;

/** What the court's SOAP calls do: map, call the hub's doors as the court, answer or fault (CuowuXiangqing). */
@Component
class CourtSoapRequests {

    private final HubDoors doors;

    CourtSoapRequests(HubDoors doors) {
        this.doors = doors;
    }

    void handle(Exchange exchange) throws CourtFault {
        String agency = SoapCaller.agencyOfKind(exchange, CourtSoapConfiguration.SLUG).orElseThrow(() -> fault(
                "BYXCZ", "Only an authenticated court may call this service. 仅限已认证的法院调用。", List.of(), List.of()));
        String operation = exchange.getIn().getHeader(CxfConstants.OPERATION_NAME, String.class);
        Object request = exchange.getIn().getBody(List.class).get(0);
        Object response = switch (operation) {
            case "SubmitAssistanceRequest" -> submit(agency, (XiezhuShenqing) request);
            case "QueryStatus" -> query(agency, (QueryStatus) request);
            case "ReportCaseStatus" -> report(agency, (Banliqk) request);
            default -> throw fault("BYXCZ", "Unknown operation " + operation, List.of(), List.of());
        };
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(response);
    }

    private Object submit(String agency, XiezhuShenqing request) throws CourtFault {
        MappingProblems problems = new MappingProblems();
        JsonNode canonical = CourtReferralMapping.toCanonical(request, problems);
        HubDoors.Answer answer = SafeDoors.call(() -> doors.submitReferral(agency, canonical.toString()));
        if (!answer.ok()) {
            throw refusal(answer, problems, CourtCodes.REFERRAL_FIELDS);
        }
        return CourtStatusMapping.receipt(answer.body(), request == null ? null : request.getAnhao());
    }

    private Object query(String agency, QueryStatus query) throws CourtFault {
        HubDoors.Answer answer;
        if (query.getPingtaiBh() != null) {
            answer = SafeDoors.call(() -> doors.read(agency, query.getPingtaiBh()));
        } else if (query.getAnhao() != null) {
            answer = SafeDoors.call(() -> doors.readBySource(agency, query.getAnhao()));
        } else {
            throw fault("SRYW", "请提供平台编号 pingtaiBh 或案号 anhao (give pingtaiBh or anhao).", List.of(),
                    List.of(mingxi("pingtaiBh", null, "required", "pingtaiBh 或 anhao 须填写其一 (one of them is required).")));
        }
        if (!answer.ok()) {
            throw refusal(answer, new MappingProblems(), CourtCodes.REFERRAL_FIELDS);
        }
        QueryStatusResponse response = new QueryStatusResponse();
        response.setZhuangtai(CourtStatusMapping.statusInfo(answer.body()));
        return response;
    }

    private Object report(String agency, Banliqk banli) throws CourtFault {
        if (banli == null || banli.getPingtaiBh() == null || banli.getPingtaiBh().isBlank()) {
            throw fault("SRYW", "缺少平台编号 pingtaiBh (the hub referral id is required).", List.of(),
                    List.of(mingxi("banli/pingtaiBh", null, "required", "pingtaiBh is required. 缺少平台编号。")));
        }
        MappingProblems problems = new MappingProblems();
        JsonNode event = CourtStatusMapping.event(banli, problems);
        HubDoors.Answer answer = SafeDoors.call(() -> doors.reportEvent(agency, banli.getPingtaiBh(), event.toString()));
        if (!answer.ok()) {
            throw refusal(answer, problems, CourtCodes.EVENT_FIELDS);
        }
        return CourtStatusMapping.reportReceipt(answer.body());
    }

    /** A door's 4xx answer as the court's fault, every problem named by the court's field. */
    static CourtFault refusal(HubDoors.Answer answer, MappingProblems mapping, FieldPaths fields) {
        List<Cuowumx> details = fields.translate(answer.body(), mapping).stream().map(CourtSoapRequests::mingxi).toList();
        String code = switch (answer.status()) {
            case 400, 422 -> "SRYW";
            case 404 -> "WZD";
            case 401, 403, 409 -> "BYXCZ";
            default -> "ZBKY";
        };
        List<String> allowed = new ArrayList<>();
        answer.body().path("allowed").forEach(a -> {
            String sjlx = CourtCodes.SJLX.partner(a.asText());
            allowed.add(sjlx == null ? a.asText() : sjlx);
        });
        String detail = answer.body().path("detail").asText(answer.body().path("title").asText("HTTP " + answer.status()));
        return fault(code, detail, allowed, details);
    }

    private static Cuowumx mingxi(PartnerProblem p) {
        return mingxi(p.field(), p.pointer(), p.code(), p.message());
    }

    private static Cuowumx mingxi(String field, String pointer, String code, String message) {
        Cuowumx m = new Cuowumx();
        m.setZiduan(field);
        m.setPingtaiZhizhen(pointer);
        m.setDm(code);
        m.setXx(message);
        return m;
    }

    static CourtFault fault(String code, String message, List<String> allowed, List<Cuowumx> details) {
        CuowuXiangqing detail = new CuowuXiangqing();
        detail.setCwdm(code);
        detail.setCwxx(message);
        detail.getYxcz().addAll(allowed);
        detail.getMingxi().addAll(details);
        return new CourtFault(message, detail);
    }
}
