package cn.legalaidhub.meetings;

import java.util.List;

/**
 * A source of cases a joint meeting may want to discuss (会商案件) in a region: overdue referrals and
 * collective cases here; other features (e.g. early-warning clusters) add their own bean.
 */
public interface AgendaCandidates {

    /** Why a case is suggested: a code (OVERDUE, COLLECTIVE, EARLY_WARNING…), its Chinese label and a line of detail. */
    record Candidate(String referralId, String reason, String reasonLabel, String detail) {
    }

    List<Candidate> candidates(String regionPrefix, int limit);
}
