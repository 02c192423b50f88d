package cn.legalaidhub.privacy;

import cn.legalaidhub.contract.StaffRole;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * The one place where a staff member's role decides what personal data a console view shows: case
 * handlers ({@link StaffRole#seesPersonalData()}) see a referral in full; every other role, and a
 * caller whose role is unknown, sees ID numbers (first 6 + last 4), phone numbers (first 3 + last 4)
 * masked, and the names of minors and victims as surname + 某 with the facts left out.
 */
public final class RoleMasking {

    private static final Set<String> PROTECTED_CATEGORIES = Set.of("DOMESTIC_VIOLENCE", "MINOR_PROTECTION");

    private RoleMasking() {
    }

    public static boolean seesPersonalData(String role) {
        if (role == null) {
            return false;
        }
        try {
            return StaffRole.valueOf(role).seesPersonalData();
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** Minors, and victims of domestic violence or harm to minors, are shown by surname only in shared views. */
    public static boolean isProtectedPerson(String group, String category) {
        return "MINOR".equals(group) || PROTECTED_CATEGORIES.contains(category);
    }

    public static boolean isProtectedPerson(JsonNode referral) {
        JsonNode applicant = referral.path("applicant");
        boolean minor = "MINOR".equals(applicant.path("group").asText());
        for (JsonNode other : applicant.path("otherGroups")) {
            minor |= "MINOR".equals(other.asText());
        }
        return minor || PROTECTED_CATEGORIES.contains(referral.path("matter").path("category").asText());
    }

    /** The applicant's name as a list row shows it to this role. */
    public static String applicantName(String name, boolean protectedPerson, String role) {
        return protectedPerson && !seesPersonalData(role) ? Masking.personName(name) : name;
    }

    /** Masks a canonical referral document in place for this role. */
    public static void mask(ObjectNode referral, String role) {
        if (seesPersonalData(role)) {
            return;
        }
        boolean protectedPerson = isProtectedPerson(referral);
        maskPerson(referral.path("applicant"), protectedPerson);
        maskPerson(referral.path("agent"), protectedPerson);
        if (protectedPerson && referral.path("matter") instanceof ObjectNode matter && matter.has("facts")) {
            matter.put("facts", "（涉及未成年人或受害人，案情不予显示）");
        }
    }

    private static void maskPerson(JsonNode node, boolean protectedPerson) {
        if (!(node instanceof ObjectNode person)) {
            return;
        }
        if (person.path("idNumber").isTextual()) {
            person.put("idNumber", Masking.idNumber(person.get("idNumber").asText()));
        }
        if (person.path("phone").isTextual()) {
            person.put("phone", Masking.phone(person.get("phone").asText()));
        }
        if (protectedPerson && person.path("name").isTextual()) {
            person.put("name", Masking.personName(person.get("name").asText()));
        }
        for (String field : new String[] {"address", "householdRegistration"}) {
            if (person.path(field).isTextual()) {
                person.put(field, "***");
            }
        }
    }
}
