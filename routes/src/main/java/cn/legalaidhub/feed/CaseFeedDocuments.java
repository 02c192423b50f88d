package cn.legalaidhub.feed;

import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.privacy.LookupKeys;
import cn.legalaidhub.privacy.Masking;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Maps a ledger referral to its case-feed document. The feed is a shared view: ID and phone are
 * masked, names of minors and victims reduced to surname + 某, and the full ID is only present as
 * a keyed digest for exact look-up.
 */
@Component
class CaseFeedDocuments {

    private static final Set<String> PROTECTED_CATEGORIES = Set.of("DOMESTIC_VIOLENCE", "MINOR_PROTECTION");

    private final ObjectMapper mapper;
    private final LookupKeys lookupKeys;
    private final AgencyRegistry registry;
    private final ReferralLedger ledger;

    CaseFeedDocuments(ObjectMapper mapper, LookupKeys lookupKeys, AgencyRegistry registry, ReferralLedger ledger) {
        this.mapper = mapper;
        this.lookupKeys = lookupKeys;
        this.registry = registry;
        this.ledger = ledger;
    }

    /** The documents of a batch of referrals, reading their further parties in one query. */
    List<Map<String, Object>> toDocuments(List<StoredReferral> referrals) throws Exception {
        Map<String, List<String>> parties = ledger.partyAgencies(referrals.stream().map(StoredReferral::id).toList());
        List<Map<String, Object>> docs = new ArrayList<>();
        for (StoredReferral r : referrals) {
            docs.add(toDocument(r, parties.getOrDefault(r.id(), List.of())));
        }
        return docs;
    }

    private Map<String, Object> toDocument(StoredReferral r, List<String> furtherParties) throws Exception {
        JsonNode referral = mapper.readTree(r.payload());
        JsonNode applicant = referral.path("applicant");
        JsonNode opposing = referral.path("opposingParty");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("referralId", r.id());
        doc.put("sourceRef", r.sourceRef());
        doc.put("senderAgency", r.senderAgency());
        doc.put("receiverAgency", r.receiverAgency());
        List<String> parties = new ArrayList<>();
        parties.add(r.senderAgency());
        if (r.receiverAgency() != null) {
            parties.add(r.receiverAgency());
        }
        furtherParties.stream().filter(p -> !parties.contains(p)).forEach(parties::add);
        doc.put("parties", parties);
        String senderKind = registry.byId(r.senderAgency()).map(a -> a.kind().slug()).orElse(null);
        doc.put("senderKind", senderKind);
        doc.put("receiverKind", r.receiverKind());
        doc.put("channel", senderKind);
        doc.put("region", r.region());
        doc.put("category", r.category());
        doc.put("group", r.applicantGroup());
        doc.put("status", r.status());
        doc.put("legalStatus", text(referral.path("matter").path("legalStatus")));
        doc.put("greenChannel", r.greenChannel());
        doc.put("urgent", r.urgent());
        doc.put("overdue", r.overdue());
        doc.put("collectiveCaseId", r.collectiveId());
        doc.put("priority", r.priority());
        String name = text(applicant.path("name"));
        boolean protectedPerson = "MINOR".equals(r.applicantGroup()) || PROTECTED_CATEGORIES.contains(r.category());
        doc.put("applicantName", protectedPerson ? Masking.personName(name) : name);
        String idNumber = text(applicant.path("idNumber"));
        doc.put("applicantIdMasked", Masking.idNumber(idNumber));
        doc.put("applicantIdHash", idNumber == null ? null : lookupKeys.idNumberKey(idNumber));
        doc.put("applicantPhoneMasked", Masking.phone(text(applicant.path("phone"))));
        doc.put("employerName", text(opposing.path("name")));
        doc.put("employerCreditCode", text(opposing.path("creditCode")));
        doc.put("project", text(opposing.path("project")));
        doc.put("facts", protectedPerson ? null : text(referral.path("matter").path("facts")));
        doc.put("amountClaimed", referral.path("amountClaimed").isNumber() ? referral.path("amountClaimed").decimalValue() : null);
        doc.put("peopleCount", referral.path("peopleCount").asInt(1));
        doc.put("submittedAt", r.submittedAt().toString());
        doc.put("updatedAt", r.updatedAt().toString());
        doc.put("ledgerVersion", r.version());
        doc.put("rulesFired", r.rulesFired());
        doc.values().removeIf(v -> v == null);
        return doc;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
