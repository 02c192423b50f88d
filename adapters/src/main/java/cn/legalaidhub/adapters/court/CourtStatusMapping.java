package cn.legalaidhub.adapters.court;

import static cn.legalaidhub.adapters.court.CourtCodes.*;
import static cn.legalaidhub.adapters.soap.Json.*;

import cn.legalaidhub.adapters.court.ws.types.Banliqk;
import cn.legalaidhub.adapters.court.ws.types.Chengbanren;
import cn.legalaidhub.adapters.court.ws.types.HuibaoHuizhi;
import cn.legalaidhub.adapters.court.ws.types.Jieanqk;
import cn.legalaidhub.adapters.court.ws.types.Kaiting;
import cn.legalaidhub.adapters.court.ws.types.Lianxiren;
import cn.legalaidhub.adapters.court.ws.types.PingtaiTongzhi;
import cn.legalaidhub.adapters.court.ws.types.Liuchengjl;
import cn.legalaidhub.adapters.court.ws.types.TijiaoHuizhi;
import cn.legalaidhub.adapters.court.ws.types.ZhuangtaiTongzhi;
import cn.legalaidhub.adapters.court.ws.types.ZhuangtaiXinxi;
import cn.legalaidhub.adapters.soap.CoordinationNotice;
import cn.legalaidhub.adapters.soap.MappingProblems;
import cn.legalaidhub.adapters.soap.SoapDates;
import cn.legalaidhub.contract.EventType;
import cn.legalaidhub.contract.LabelledCode;
import cn.legalaidhub.contract.ReferralStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Status in the court's format: receipts, status views, notices to the court, and the court's own reports. */
public final class CourtStatusMapping {

    private CourtStatusMapping() {
    }

    static TijiaoHuizhi receipt(JsonNode accepted, String anhao) {
        TijiaoHuizhi h = new TijiaoHuizhi();
        h.setPingtaiBh(text(accepted, "referralId"));
        h.setAnhao(anhao);
        h.setZt(ZT.partner(text(accepted, "status")));
        h.setZtmc(statusLabel(text(accepted, "status")));
        h.setJsjg(text(accepted, "receiver"));
        h.setCf(accepted.path("duplicate").asBoolean());
        return h;
    }

    static ZhuangtaiXinxi statusInfo(JsonNode view) {
        ZhuangtaiXinxi x = new ZhuangtaiXinxi();
        x.setPingtaiBh(text(view, "referralId"));
        x.setAnhao(text(view, "sourceRef"));
        x.setZt(ZT.partner(text(view, "status")));
        x.setZtmc(statusLabel(text(view, "status")));
        x.setFsjg(text(view, "sender"));
        x.setJsjg(text(view, "receiver"));
        x.setLstd(view.path("greenChannel").asBoolean());
        x.setGxsj(SoapDates.xmlDateTime(text(view, "updatedAt")));
        ZhuangtaiXinxi.Liucheng liucheng = new ZhuangtaiXinxi.Liucheng();
        for (JsonNode t : view.path("timeline")) {
            Liuchengjl jl = new Liuchengjl();
            jl.setSj(SoapDates.xmlDateTime(text(t, "at")));
            jl.setLb(text(t, "kind"));
            jl.setLx(text(t, "type"));
            jl.setJg(text(t, "agency"));
            jl.setZt(ZT.partner(text(t, "status")));
            JsonNode detail = t.get("detail");
            if (detail != null && !detail.isNull()) {
                String text = detail.isObject() && detail.hasNonNull("note") ? detail.get("note").asText()
                        : detail.isTextual() ? detail.asText() : detail.toString();
                jl.setBz(text.length() > 2000 ? text.substring(0, 2000) : text);
            }
            liucheng.getJl().add(jl);
        }
        x.setLiucheng(liucheng);
        return x;
    }

    /** A STATUS_EVENT envelope (on a request the court sent) as the court's NotifyCaseStatus notice. */
    public static ZhuangtaiTongzhi notice(JsonNode envelope) {
        JsonNode e = envelope.path("payload");
        ZhuangtaiTongzhi n = new ZhuangtaiTongzhi();
        n.setXiaoxiId(text(envelope, "messageId"));
        n.setPingtaiBh(text(e, "referralId") != null ? text(e, "referralId") : text(envelope, "referralId"));
        n.setAnhao(text(e, "sourceRef"));
        n.setSjlx(SJLX.partner(text(e, "type")));
        n.setSjmc(LabelledCode.parse(EventType.class, text(e, "type")).map(EventType::label).orElse(text(e, "type")));
        n.setZt(ZT.partner(text(e, "status")));
        n.setZtmc(text(e, "statusLabel") != null ? text(e, "statusLabel") : statusLabel(text(e, "status")));
        n.setFssj(SoapDates.xmlDateTime(text(e, "occurredAt") != null ? text(e, "occurredAt") : text(envelope, "sentAt")));
        n.setBgjg(text(e, "agency") != null ? text(e, "agency") : text(envelope, "sender"));
        n.setThyy(THYY.partner(text(e, "reasonCode")));
        n.setThsm(text(e, "reasonText"));
        if (e.has("assignee")) {
            Chengbanren cbr = new Chengbanren();
            cbr.setXm(text(e.get("assignee"), "name"));
            cbr.setLb(CBRLB.partner(text(e.get("assignee"), "kind")));
            cbr.setDh(text(e.get("assignee"), "phone"));
            n.setCbr(cbr);
        }
        n.setJd(JD.partner(text(e, "stage")));
        if (e.has("hearing")) {
            n.setKaiting(kaiting(e.get("hearing")));
        }
        if (e.has("outcome")) {
            n.setJaqk(jieanqk(e.get("outcome")));
        }
        n.setBz(text(e, "note"));
        return n;
    }

    /** The court's report on a request it received (ReportCaseStatus) as a canonical status event. */
    public static ObjectNode event(Banliqk b, MappingProblems problems) {
        ObjectNode e = object();
        if (b == null) {
            return e;
        }
        put(e, "type", SJLX.canonical(b.getSjlx(), "banli/sjlx", "/type", problems));
        put(e, "reasonCode", THYY.canonical(b.getThyy(), "banli/thyy", "/reasonCode", problems));
        put(e, "reasonText", b.getThsm());
        if (b.getCbr() != null) {
            ObjectNode a = e.putObject("assignee");
            put(a, "name", b.getCbr().getXm());
            put(a, "kind", CBRLB.canonical(b.getCbr().getLb(), "banli/cbr/lb", "/assignee/kind", problems));
            put(a, "phone", b.getCbr().getDh());
        }
        put(e, "note", b.getJzsm());
        put(e, "stage", JD.canonical(b.getJd(), "banli/jd", "/stage", problems));
        Kaiting k = b.getKaiting();
        if (k != null) {
            ObjectNode h = e.putObject("hearing");
            put(h, "date", SoapDates.date(k.getRq()));
            put(h, "time", k.getSj());
            put(h, "place", k.getDd());
            put(h, "note", k.getBz());
        }
        Jieanqk j = b.getJaqk();
        if (j != null) {
            ObjectNode o = e.putObject("outcome");
            put(o, "result", JAJG.canonical(j.getJg(), "banli/jaqk/jg", "/outcome/result", problems));
            put(o, "amountRecovered", j.getJe());
            put(o, "summary", j.getSm());
            if (!j.getWs().isEmpty()) {
                ArrayNode ws = o.putArray("documents");
                j.getWs().forEach(ws::add);
            }
        }
        put(e, "occurredAt", SoapDates.dateTime(b.getFssj()));
        return e;
    }

    /** The event door's 202 answer {referralId, status, statusLabel, version} as the court's receipt. */
    static HuibaoHuizhi reportReceipt(JsonNode applied) {
        HuibaoHuizhi h = new HuibaoHuizhi();
        h.setPingtaiBh(text(applied, "referralId"));
        h.setZt(ZT.partner(text(applied, "status")));
        h.setZtmc(text(applied, "statusLabel") != null ? text(applied, "statusLabel") : statusLabel(text(applied, "status")));
        return h;
    }

    /** A NOTICE envelope (e.g. 保全协助: a referral needs preservation) as the court's ReceiveHubNotice. */
    public static PingtaiTongzhi hubNotice(JsonNode envelope) {
        JsonNode n = envelope.path("payload");
        PingtaiTongzhi t = new PingtaiTongzhi();
        t.setXiaoxiId(text(envelope, "messageId"));
        t.setTzbh(text(n, "noticeId"));
        t.setTzlx(TZLX.partner(text(n, "kind")));
        t.setTzlxmc(TZLX.partner(text(n, "kind")) == null ? text(n, "kind") : TZLX.label(TZLX.partner(text(n, "kind"))));
        t.setPingtaiBh(text(n, "referralId") != null ? text(n, "referralId") : text(envelope, "referralId"));
        t.setBt(text(n, "title"));
        t.setNr(text(n, "text"));
        t.setZrjg(text(n, "responsibleAgency"));
        t.setJzsj(SoapDates.xmlDateTime(text(n.path("clock"), "dueAt")));
        t.setGzbh(text(n.path("rule"), "id"));
        t.setGzcc(text(n.path("rule"), "source"));
        for (JsonNode l : n.path("liaisons")) {
            Lianxiren lxr = new Lianxiren();
            lxr.setXm(text(l, "name"));
            lxr.setZw(text(l, "role"));
            lxr.setDh(text(l, "phone"));
            t.getLxr().add(lxr);
        }
        t.setFcsj(SoapDates.xmlDateTime(text(n, "createdAt") != null ? text(n, "createdAt") : text(envelope, "sentAt")));
        return t;
    }

    /** A BULLETIN or MEETING_NOTICE envelope as the court's ReceiveHubNotice (its WSDL has no operation of their own). */
    public static PingtaiTongzhi coordinationNotice(JsonNode envelope) {
        CoordinationNotice c = CoordinationNotice.of(envelope);
        PingtaiTongzhi t = new PingtaiTongzhi();
        t.setXiaoxiId(c.messageId());
        t.setTzbh(c.id());
        t.setTzlx(TZLX.partner(c.kind()));
        t.setTzlxmc(c.kindName());
        t.setBt(c.title());
        t.setNr(c.content());
        t.setZrjg(c.publisher());
        t.setJzsj(SoapDates.xmlDateTime(c.dueAt()));
        t.setFcsj(SoapDates.xmlDateTime(c.sentAt()));
        return t;
    }

    private static Kaiting kaiting(JsonNode h) {
        Kaiting k = new Kaiting();
        k.setRq(SoapDates.xmlDate(text(h, "date")));
        k.setSj(text(h, "time"));
        k.setDd(text(h, "place"));
        k.setBz(text(h, "note"));
        return k;
    }

    private static Jieanqk jieanqk(JsonNode o) {
        Jieanqk j = new Jieanqk();
        j.setJg(JAJG.partner(text(o, "result")));
        j.setJe(decimal(o, "amountRecovered"));
        j.setSm(text(o, "summary"));
        o.path("documents").forEach(d -> j.getWs().add(d.asText()));
        return j;
    }

    private static String statusLabel(String status) {
        return LabelledCode.parse(ReferralStatus.class, status).map(ReferralStatus::label).orElse(status);
    }
}
