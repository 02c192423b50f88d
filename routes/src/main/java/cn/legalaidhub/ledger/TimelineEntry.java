package cn.legalaidhub.ledger;

import java.time.Instant;

/** One line of a referral's timeline: an agency's EVENT (accepted, declined, …) or a RECEIPT (delivered, opened, …). */
public record TimelineEntry(Instant at, Kind kind, String type, String agency, String statusAfter, String detail) {

    public enum Kind { EVENT, RECEIPT }

    public static TimelineEntry event(Instant at, String type, String agency, String statusAfter, String detail) {
        return new TimelineEntry(at, Kind.EVENT, type, agency, statusAfter, detail);
    }

    public static TimelineEntry receipt(Instant at, String type, String agency, String detail) {
        return new TimelineEntry(at, Kind.RECEIPT, type, agency, null, detail);
    }
}
