package cn.legalaidhub.linking;

import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.privacy.LookupKeys;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/**
 * The keys that link cases: the applicant (keyed digest of the ID number), a duplicate key (same
 * applicant, same employer, same matter) and an employer key (credit code, or the construction
 * project within the city when no code is known). ID numbers never leave as plain text.
 */
@Component
public class CaseKeys {

    private final LookupKeys lookupKeys;

    CaseKeys(LookupKeys lookupKeys) {
        this.lookupKeys = lookupKeys;
    }

    public StoredReferral.Keys of(JsonNode referral) {
        String id = text(referral.path("applicant").path("idNumber"));
        String category = referral.path("matter").path("category").asText();
        JsonNode opposing = referral.path("opposingParty");
        String creditCode = text(opposing.path("creditCode"));
        String project = text(opposing.path("project"));
        String region = referral.path("region").asText();
        String employer = creditCode != null ? "CC:" + creditCode.toUpperCase()
                : project != null ? "PJ:" + region.substring(0, Math.min(4, region.length())) + ":" + normalise(project) : null;
        String employerForDuplicates = employer != null ? employer : text(opposing.path("name")) == null ? null
                : "NM:" + normalise(opposing.path("name").asText());
        String applicant = id == null ? null : lookupKeys.idNumberKey(id);
        String duplicate = id == null || employerForDuplicates == null ? null
                : lookupKeys.key(id.trim().toUpperCase(), employerForDuplicates, category);
        return new StoredReferral.Keys(applicant, duplicate, employer);
    }

    private static String normalise(String name) {
        return name.replaceAll("[\\s（）()·•、,，.。]", "");
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
