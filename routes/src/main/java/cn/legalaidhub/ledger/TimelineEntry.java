package cn.legalaidhub.ledger;

import java.time.Instant;

/**
 * One line of a referral's timeline: an agency's EVENT (accepted, declined, …), a RECEIPT (delivered,
 * opened, …), or something the HUB did (a rule fired, a deadline passed, the case moved on).
 */
public record TimelineEntry(Instant at, Kind kind, String type, String agency, String statusAfter, String detail) {

    public enum Kind { EVENT, RECEIPT, HUB }

    public static TimelineEntry hub(Instant at, String type, String agency, String statusAfter, String detail) {
        return new TimelineEntry(at, Kind.HUB, type, agency, statusAfter, detail);
    }

    public static TimelineEntry event(Instant at, String type, String agency, String statusAfter, String detail) {
        return new TimelineEntry(at, Kind.EVENT, type, agency, statusAfter, detail);
    }

    public static TimelineEntry receipt(Instant at, String type, String agency, String detail) {
        return new TimelineEntry(at, Kind.RECEIPT, type, agency, null, detail);
    }
}
