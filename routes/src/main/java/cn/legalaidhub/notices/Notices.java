package cn.legalaidhub.notices;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.contract.NoticeKind;
import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.messaging.Envelopes;
import cn.legalaidhub.rules.Rule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The hub's own notices to agencies (schemas/json/notice.schema.json): reminders, overdue notices
 * (催办), escalations (督办), alerts. Each becomes a message to the agency, delivered by its own
 * transport or left in its inbox, written in the same transaction as the change that caused it.
 */
@Component
public class Notices {

    public static final String SENDER = "hub";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** What a notice says and to whom; the clock part is optional. */
    public record Draft(NoticeKind kind, String referralId, String subjectType, String subjectId, String clockKind,
            String clockLabel, Instant clockStarted, Instant clockDue, String title, String text, String responsibleAgency,
            List<Agency> liaisonsOf, Rule rule) {
    }

    private final Envelopes envelopes;
    private final AgencyRegistry registry;
    private final ObjectMapper mapper;

    Notices(Envelopes envelopes, AgencyRegistry registry, ObjectMapper mapper) {
        this.envelopes = envelopes;
        this.registry = registry;
        this.mapper = mapper;
    }

    /** A named person the notice is also meant for, e.g. the on-duty liaison of the three-party roster. */
    public record Person(String name, String role, String phone, String agencyId) {
    }

    /** The message carrying {@code draft} to {@code receiver}. */
    public OutboundMessage to(String receiver, Draft draft, int priority, Instant at) {
        return to(receiver, draft, List.of(), priority, at);
    }

    /** The message carrying {@code draft} to {@code receiver}, naming {@code people} beside the agencies' liaisons. */
    public OutboundMessage to(String receiver, Draft draft, List<Person> people, int priority, Instant at) {
        ObjectNode notice = mapper.createObjectNode();
        notice.put("noticeId", "N-" + UUID.randomUUID());
        notice.put("kind", draft.kind().name());
        if (draft.referralId() != null) {
            notice.put("referralId", draft.referralId());
        }
        if (draft.subjectType() != null) {
            notice.putObject("subject").put("type", draft.subjectType()).put("id", draft.subjectId());
        }
        if (draft.clockKind() != null) {
            ObjectNode clock = notice.putObject("clock").put("kind", draft.clockKind()).put("label", draft.clockLabel());
            if (draft.clockStarted() != null) {
                clock.put("startedAt", draft.clockStarted().toString());
            }
            clock.put("dueAt", draft.clockDue().toString());
        }
        notice.put("title", draft.title());
        notice.put("text", draft.text());
        notice.put("responsibleAgency", draft.responsibleAgency());
        ArrayNode liaisons = notice.putArray("liaisons");
        for (Agency agency : draft.liaisonsOf()) {
            for (Agency.Liaison l : agency.liaisons()) {
                ObjectNode node = liaisons.addObject().put("name", l.name()).put("agencyId", agency.id());
                if (l.role() != null) {
                    node.put("role", l.role());
                }
                if (l.phone() != null) {
                    node.put("phone", l.phone());
                }
            }
        }
        for (Person p : people) {
            if (liaisons.size() >= 20) {
                break;
            }
            ObjectNode node = liaisons.addObject().put("name", p.name());
            if (p.role() != null) {
                node.put("role", p.role());
            }
            if (p.phone() != null) {
                node.put("phone", p.phone());
            }
            if (p.agencyId() != null) {
                node.put("agencyId", p.agencyId());
            }
        }
        if (liaisons.isEmpty()) {
            notice.remove("liaisons");
        }
        if (draft.rule() != null) {
            notice.putObject("rule").put("id", draft.rule().id()).put("source", draft.rule().source());
        }
        notice.put("createdAt", at.toString());
        return envelopes.wrap("NOTICE", SENDER, receiver, draft.referralId(), priority, notice, at);
    }

    public AgencyRegistry registry() {
        return registry;
    }

    /** A time as staff read it: 2026-11-18 00:00 (Beijing time). */
    public static String local(Instant at) {
        return LOCAL.format(at);
    }
}
