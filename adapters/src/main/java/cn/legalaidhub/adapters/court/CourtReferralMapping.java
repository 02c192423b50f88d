package cn.legalaidhub.adapters.court;

import static cn.legalaidhub.adapters.court.CourtCodes.*;
import static cn.legalaidhub.adapters.soap.Json.*;

import cn.legalaidhub.adapters.court.ws.types.Cailiao;
import cn.legalaidhub.adapters.court.ws.types.Dailiren;
import cn.legalaidhub.adapters.court.ws.types.Dangshiren;
import cn.legalaidhub.adapters.court.ws.types.Duifang;
import cn.legalaidhub.adapters.court.ws.types.Shouquan;
import cn.legalaidhub.adapters.court.ws.types.XiezhuShenqing;
import cn.legalaidhub.adapters.court.ws.types.Zhuanjiao;
import cn.legalaidhub.adapters.soap.MappingProblems;
import cn.legalaidhub.adapters.soap.SoapDates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The court's assistance request (XiezhuShenqing, court-types.xsd) ↔ the canonical referral. A court
 * refers the party to legal aid ({@code receiverKind} legalaid, aid form litigation representation); the
 * assistance types become the urgency reasons of Legal Aid Law art. 44 (preservation, early execution).
 */
public final class CourtReferralMapping {

    private CourtReferralMapping() {
    }

    public static ObjectNode toCanonical(XiezhuShenqing in, MappingProblems problems) {
        ObjectNode r = object();
        if (in == null) {
            return r;
        }
        put(r, "sourceRef", in.getAnhao());
        r.put("receiverKind", "legalaid");
        put(r, "region", in.getXzqh());
        Dangshiren d = in.getDangshiren();
        if (d != null) {
            ObjectNode a = r.putObject("applicant");
            put(a, "name", d.getXingming());
            put(a, "sex", XINGBIE.canonical(d.getXingbie(), "shenqing/dangshiren/xingbie", "/applicant/sex", problems));
            put(a, "birthDate", SoapDates.date(d.getCsrq()));
            put(a, "ethnicity", d.getMinzu());
            put(a, "idType", ZJLX.canonical(d.getZjlx(), "shenqing/dangshiren/zjlx", "/applicant/idType", problems));
            put(a, "idNumber", d.getZjhm());
            put(a, "householdRegistration", d.getHjdz());
            put(a, "address", d.getJzdz());
            put(a, "phone", d.getLxdh());
            put(a, "employer", d.getGzdw());
            put(a, "occupation", d.getZhiye());
            put(a, "group", RYLB.canonical(d.getRylb(), "shenqing/dangshiren/rylb", "/applicant/group", problems));
        }
        Dailiren agent = in.getDailiren();
        if (agent != null) {
            ObjectNode g = r.putObject("agent");
            put(g, "name", agent.getXingming());
            put(g, "relation", DLGX.canonical(agent.getDlgx(), "shenqing/dailiren/dlgx", "/agent/relation", problems));
            put(g, "idNumber", agent.getZjhm());
            put(g, "phone", agent.getLxdh());
            put(g, "proof", agent.getZmcl());
        }
        ObjectNode matter = r.putObject("matter");
        put(matter, "category", ANYOU.canonical(in.getAnyou(), "shenqing/anyou", "/matter/category", problems));
        put(matter, "legalStatus", SSCX.canonical(in.getSscx(), "shenqing/sscx", "/matter/legalStatus", problems));
        if (d != null) {
            put(matter, "role", SSDW.canonical(d.getSsdw(), "shenqing/dangshiren/ssdw", "/matter/role", problems));
        }
        matter.put("aidForm", "LITIGATION_REPRESENTATION");
        put(matter, "facts", in.getAnqing());
        Duifang o = in.getDuifang();
        if (o != null) {
            ObjectNode p = r.putObject("opposingParty");
            put(p, "name", o.getMingcheng());
            put(p, "creditCode", o.getTyshxydm());
            put(p, "address", o.getDizhi());
            put(p, "project", o.getGcxm());
            put(p, "generalContractor", o.getZbdw());
        }
        put(r, "amountClaimed", in.getBdje());
        put(r, "peopleCount", in.getSars());
        ObjectNode urgency = object();
        ArrayNode reasons = urgency.arrayNode();
        for (int i = 0; i < in.getXzlx().size(); i++) {
            String reason = XZLX.canonical(in.getXzlx().get(i), "shenqing/xzlx[" + (i + 1) + "]", "/urgency/reasons/" + reasons.size(), problems);
            if (!"ENFORCEMENT".equals(reason)) {
                reasons.add(reason);
            }
        }
        set(urgency, "reasons", reasons);
        put(urgency, "limitationDate", SoapDates.date(in.getQxjmr()));
        put(urgency, "note", in.getJjsm());
        set(r, "urgency", urgency);
        ArrayNode documents = r.arrayNode();
        for (int i = 0; i < in.getCailiao().size(); i++) {
            Cailiao c = in.getCailiao().get(i);
            ObjectNode doc = documents.addObject();
            put(doc, "item", CLMC.canonical(c.getClmc(), "shenqing/cailiao[" + (i + 1) + "]/clmc", "/documents/" + i + "/item", problems));
            doc.put("provided", c.isYtj());
            put(doc, "note", c.getBz());
        }
        set(r, "documents", documents);
        Shouquan s = in.getShouquan();
        if (s != null) {
            ObjectNode consent = r.putObject("consent");
            put(consent, "legalBasis", SQYJ.canonical(s.getSqyj(), "shenqing/shouquan/sqyj", "/consent/legalBasis", problems));
            put(consent, "obtainedAt", SoapDates.dateTime(s.getSqsj()));
            put(consent, "scope", s.getSqfw());
            put(consent, "recordedBy", s.getJlr());
        }
        return r;
    }

    /** The court's request for a canonical referral (what its case system would have sent, or receives). */
    public static XiezhuShenqing toPartner(JsonNode r) {
        XiezhuShenqing out = new XiezhuShenqing();
        out.setAnhao(text(r, "sourceRef"));
        JsonNode u = r.path("urgency");
        for (JsonNode reason : u.path("reasons")) {
            String code = XZLX.partner(reason.asText());
            if (code != null) {
                out.getXzlx().add(code);
            }
        }
        JsonNode m = r.path("matter");
        if ("ENFORCEMENT".equals(text(m, "legalStatus"))) {
            out.getXzlx().add("ZXXZ");
        }
        out.setXzqh(text(r, "region"));
        JsonNode a = r.path("applicant");
        Dangshiren d = new Dangshiren();
        d.setXingming(text(a, "name"));
        d.setXingbie(XINGBIE.partner(text(a, "sex")));
        d.setCsrq(SoapDates.xmlDate(text(a, "birthDate")));
        d.setMinzu(text(a, "ethnicity"));
        d.setZjlx(ZJLX.partner(text(a, "idType")));
        d.setZjhm(text(a, "idNumber"));
        d.setLxdh(text(a, "phone"));
        d.setHjdz(text(a, "householdRegistration"));
        d.setJzdz(text(a, "address"));
        d.setGzdw(text(a, "employer"));
        d.setZhiye(text(a, "occupation"));
        d.setRylb(RYLB.partner(text(a, "group")));
        d.setSsdw(SSDW.partner(text(m, "role")));
        out.setDangshiren(d);
        if (r.has("agent")) {
            JsonNode g = r.get("agent");
            Dailiren agent = new Dailiren();
            agent.setXingming(text(g, "name"));
            agent.setDlgx(DLGX.partner(text(g, "relation")));
            agent.setZjhm(text(g, "idNumber"));
            agent.setLxdh(text(g, "phone"));
            agent.setZmcl(text(g, "proof"));
            out.setDailiren(agent);
        }
        if (r.has("opposingParty")) {
            JsonNode o = r.get("opposingParty");
            Duifang duifang = new Duifang();
            duifang.setMingcheng(text(o, "name"));
            duifang.setTyshxydm(text(o, "creditCode"));
            duifang.setDizhi(text(o, "address"));
            duifang.setGcxm(text(o, "project"));
            duifang.setZbdw(text(o, "generalContractor"));
            out.setDuifang(duifang);
        }
        out.setAnyou(ANYOU.partner(text(m, "category")));
        out.setSscx(SSCX.partner(text(m, "legalStatus")));
        out.setBdje(decimal(r, "amountClaimed"));
        out.setSars(integer(r, "peopleCount"));
        out.setAnqing(text(m, "facts"));
        out.setQxjmr(SoapDates.xmlDate(text(u, "limitationDate")));
        out.setJjsm(text(u, "note"));
        for (JsonNode doc : r.path("documents")) {
            Cailiao c = new Cailiao();
            c.setClmc(CLMC.partner(text(doc, "item")));
            c.setYtj(doc.path("provided").asBoolean());
            c.setBz(text(doc, "note"));
            out.getCailiao().add(c);
        }
        JsonNode c = r.path("consent");
        Shouquan s = new Shouquan();
        s.setSqyj(SQYJ.partner(text(c, "legalBasis")));
        s.setSqsj(SoapDates.xmlDateTime(text(c, "obtainedAt")));
        s.setSqfw(text(c, "scope"));
        s.setJlr(text(c, "recordedBy"));
        out.setShouquan(s);
        return out;
    }

    /** A REFERRAL envelope addressed to a court as the court's ReceiveAssistanceReferral document. */
    public static Zhuanjiao forwarded(JsonNode envelope) {
        Zhuanjiao z = new Zhuanjiao();
        JsonNode payload = envelope.path("payload");
        z.setXiaoxiId(text(envelope, "messageId"));
        z.setPingtaiBh(text(envelope, "referralId"));
        z.setLaiwenJg(text(envelope, "sender"));
        z.setLaiwenBh(text(payload, "sourceRef"));
        z.setLstd(envelope.path("triage").path("greenChannel").asBoolean());
        z.setJinji(envelope.path("triage").path("urgent").asBoolean());
        z.setYxj(envelope.path("priority").asInt());
        z.setShenqing(toPartner(payload));
        // the court's case number is not known yet: the sender's own number is in laiwenBh
        z.getShenqing().setAnhao(null);
        return z;
    }
}
