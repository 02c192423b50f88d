package cn.legalaidhub.rules;

import java.util.List;

/** The rules the hub knows; each must be configured under {@code hub.lifecycle.rules}. */
public final class RuleIds {

    public static final String GREEN_CHANNEL_MIGRANT_WORKER = "GREEN_CHANNEL_MIGRANT_WORKER";
    public static final String PRIORITY_WOMEN_MINORS = "PRIORITY_WOMEN_MINORS";
    public static final String PRIORITY_VULNERABLE_GROUP = "PRIORITY_VULNERABLE_GROUP";
    public static final String URGENT_ART44 = "URGENT_ART44";
    public static final String COURT_PRESERVATION_NOTICE = "COURT_PRESERVATION_NOTICE";
    public static final String ACCEPT_PENDING_DOCUMENTS = "ACCEPT_PENDING_DOCUMENTS";
    public static final String OBJECTION_PATH = "OBJECTION_PATH";
    public static final String MEDIATION_FIRST = "MEDIATION_FIRST";
    public static final String DUPLICATE_LINKED = "DUPLICATE_LINKED";
    public static final String COLLECTIVE_CASE = "COLLECTIVE_CASE";
    public static final String MANDATORY_REPORT_MINOR = "MANDATORY_REPORT_MINOR";
    public static final String UNROUTABLE_ALERT = "UNROUTABLE_ALERT";
    public static final String OPEN_IN_TIME = "OPEN_IN_TIME";
    public static final String ACCEPT_IN_TIME = "ACCEPT_IN_TIME";
    public static final String REVIEW_IN_TIME = "REVIEW_IN_TIME";
    public static final String ASSIGN_IN_TIME = "ASSIGN_IN_TIME";
    public static final String CLOSE_IN_TIME = "CLOSE_IN_TIME";
    public static final String ARCHIVE_IN_TIME = "ARCHIVE_IN_TIME";
    public static final String OBJECTION_IN_TIME = "OBJECTION_IN_TIME";
    public static final String DOCUMENTS_IN_TIME = "DOCUMENTS_IN_TIME";
    public static final String MEDIATION_IN_TIME = "MEDIATION_IN_TIME";
    public static final String LIMITATION_WATCH = "LIMITATION_WATCH";
    public static final String REPORT_ACK_IN_TIME = "REPORT_ACK_IN_TIME";
    public static final String REPORT_REPLY_IN_TIME = "REPORT_REPLY_IN_TIME";
    public static final String MEETING_ACK_IN_TIME = "MEETING_ACK_IN_TIME";
    public static final String MEETING_REPLY_IN_TIME = "MEETING_REPLY_IN_TIME";
    public static final String ACTION_ITEM_IN_TIME = "ACTION_ITEM_IN_TIME";
    public static final String BULLETIN_ACK_IN_TIME = "BULLETIN_ACK_IN_TIME";
    public static final String THREE_PARTY_COPY = "THREE_PARTY_COPY";
    public static final String EARLY_WARNING_CLUSTER = "EARLY_WARNING_CLUSTER";
    public static final String EARLY_WARNING_FESTIVAL = "EARLY_WARNING_FESTIVAL";
    public static final String EARLY_WARNING_ACK_IN_TIME = "EARLY_WARNING_ACK_IN_TIME";
    public static final String EARLY_WARNING_ACTION_IN_TIME = "EARLY_WARNING_ACTION_IN_TIME";
    public static final String CAMPAIGN_DAILY_REPORT = "CAMPAIGN_DAILY_REPORT";

    public static final List<String> ALL = List.of(GREEN_CHANNEL_MIGRANT_WORKER, PRIORITY_WOMEN_MINORS,
            PRIORITY_VULNERABLE_GROUP, URGENT_ART44, COURT_PRESERVATION_NOTICE, ACCEPT_PENDING_DOCUMENTS, OBJECTION_PATH,
            MEDIATION_FIRST, DUPLICATE_LINKED, COLLECTIVE_CASE, MANDATORY_REPORT_MINOR, UNROUTABLE_ALERT, OPEN_IN_TIME,
            ACCEPT_IN_TIME, REVIEW_IN_TIME, ASSIGN_IN_TIME, CLOSE_IN_TIME, ARCHIVE_IN_TIME, OBJECTION_IN_TIME,
            DOCUMENTS_IN_TIME, MEDIATION_IN_TIME, LIMITATION_WATCH, REPORT_ACK_IN_TIME, REPORT_REPLY_IN_TIME,
            MEETING_ACK_IN_TIME, MEETING_REPLY_IN_TIME, ACTION_ITEM_IN_TIME, BULLETIN_ACK_IN_TIME, THREE_PARTY_COPY,
            EARLY_WARNING_CLUSTER, EARLY_WARNING_FESTIVAL, EARLY_WARNING_ACK_IN_TIME, EARLY_WARNING_ACTION_IN_TIME,
            CAMPAIGN_DAILY_REPORT);

    private RuleIds() {
    }
}
