package cn.legalaidhub.contract;

/**
 * Names of the Camel endpoints and headers through which adapters and the hub's routes meet. An
 * adapter never uses the hub's classes: it calls the hub's doors with these headers, and the hub
 * calls the adapter's outbound route with these headers (see adapters/docs/README.md).
 */
public final class HubExchange {

    // ---- doors into the hub (the adapter sets CALLING_AGENCY after authenticating the partner) ----

    /** Body: one canonical referral (JSON text). Answer: JSON body and {@code CamelHttpResponseCode} 202 or 4xx problem. */
    public static final String REFERRAL_INTAKE = "direct:referral-intake";
    /**
     * Body: a JSON array of canonical referrals. Answer: JSON array, one result per item in order:
     * {@code {"index", "referralId", "status", "receiver", "duplicate"}} or {@code {"index", "problems": [...]}}.
     * Accepted items are committed in one ledger transaction and sent in one broker transaction.
     */
    public static final String REFERRAL_INTAKE_BATCH = "direct:referral-intake-batch";
    /** Header {@link #REFERRAL_ID}; body: a status event (JSON text). Answer: 202 JSON, or 4xx problem. */
    public static final String REFERRAL_EVENT = "direct:referral-event";
    /** Header {@link #REFERRAL_ID}. Answer: the referral with its timeline (200) or a 404 problem. */
    public static final String REFERRAL_READ = "direct:referral-read";
    /** Header {@link #SOURCE_REF}: the caller's own case number. Answer as {@link #REFERRAL_READ}. */
    public static final String REFERRAL_READ_BY_SOURCE = "direct:referral-read-by-source";

    /**
     * The agency's work list (待办) without marking anything delivered — the staff console's inbox.
     * Headers (all optional): {@code direction} (received|sent|assigned|all), {@code status} (open|all|a status),
     * {@code category}, {@code greenChannel}, {@code urgent}, {@code overdue} (true), {@code q} (referral id,
     * source case number or employer name), {@code sort} (urgency|due|submitted|-submitted|updated), {@code page},
     * {@code size}. Answer: {@code {"items","total","page","size"}}; names masked by {@link #CALLING_USER_ROLE}.
     */
    public static final String WORKLIST = "direct:worklist";
    /**
     * A referral read for one staff member: as {@link #REFERRAL_READ}, with personal data masked according
     * to {@link #CALLING_USER_ROLE} (see {@link StaffRole#seesPersonalData()}) and the read audited with {@link #CALLING_USER}.
     */
    public static final String REFERRAL_VIEW = "direct:referral-view";
    /** Search of the shared, masked case feed; headers as the query parameters of {@code GET /api/v1/cases}. */
    public static final String CASE_SEARCH = "direct:case-search";
    /** Statistics of the agency's cases (a coordinator's: its region's); headers {@code from}, {@code to} (dates). */
    public static final String STATISTICS = "direct:statistics";

    // ---- the chamber-of-commerce workstations' batch files (adapters/docs/commerce.md), as the calling workstation ----

    /** Body: the file (stream or bytes); header {@code fileName} (.csv or .xlsx). Answer 202 with the batch, or a 4xx problem. */
    public static final String COMMERCE_BATCH_UPLOAD = "direct:commerce-batch-upload";
    /** Header {@link #REFERRAL_ID}: the batch id. Answer: the batch with its status and counts so far. */
    public static final String COMMERCE_BATCH_READ = "direct:commerce-batch-read";
    /** Headers {@code page}, {@code size}. Answer: {@code {"items":[batch…],"page","size"}}, newest first. */
    public static final String COMMERCE_BATCH_LIST = "direct:commerce-batch-list";
    /**
     * Headers {@link #REFERRAL_ID} (the batch id), {@code page}, {@code size}, {@code outcome} (all|rejected|accepted).
     * Answer: {@code {"items":[{"row","recordNo","applicantName","result","referralId","reason"}],"total","page","size"}}
     * read from the result file (409 while the file is still being read).
     */
    public static final String COMMERCE_BATCH_ROWS = "direct:commerce-batch-rows";
    /** Header {@link #REFERRAL_ID}: the batch id. Answer: the result file as a stream, with Content-Type and Content-Disposition. */
    public static final String COMMERCE_BATCH_RESULT = "direct:commerce-batch-result";
    /** Header {@code format} (csv|xlsx). Answer: the template file as a stream, with Content-Type and Content-Disposition. */
    public static final String COMMERCE_TEMPLATE = "direct:commerce-template";

    // ---- joint meetings and bulletins (the doors of /api/v1/meetings and /api/v1/bulletins; ids in header "id") ----

    /** Header {@code status}, {@code size}. Answer: {@code {"items":[meeting summary…]}} of meetings the agency convened or takes part in. */
    public static final String MEETING_LIST = "direct:meeting-list";
    /** A meeting with participants, replies, agenda, action items and {@code allowedActions} of the caller. */
    public static final String MEETING_READ = "direct:meeting-read";
    /** Body: a meeting notice (JSON text) without hub-set fields; coordinators only. Answer 201 with the meeting. */
    public static final String MEETING_CONVENE = "direct:meeting-convene";
    public static final String MEETING_ACKNOWLEDGE = "direct:meeting-acknowledge";
    /** Body: {@code {"reply":"ATTEND|DEPUTY|ABSENT","person","reason"}}. */
    public static final String MEETING_REPLY = "direct:meeting-reply";
    /** Header {@code itemId}; body {@code {"note"}}. */
    public static final String MEETING_CLOSE_ACTION_ITEM = "direct:meeting-close-action-item";
    /** Header {@code category}, {@code size}. Answer: {@code {"items":[bulletin…]}} published or received by the agency. */
    public static final String BULLETIN_LIST = "direct:bulletin-list";
    public static final String BULLETIN_READ = "direct:bulletin-read";
    /** Body: a bulletin (JSON text) without hub-set fields. Answer 201 with the bulletin and its recipients. */
    public static final String BULLETIN_PUBLISH = "direct:bulletin-publish";
    /** Body (optional): {@code {"note"}}. */
    public static final String BULLETIN_ACKNOWLEDGE = "direct:bulletin-acknowledge";

    // ---- early warnings and daily-report campaigns (the doors of /api/v1/early-warnings and /api/v1/campaigns; ids in header "id") ----

    /** Headers {@code grade}, {@code status}, {@code region}, {@code page}, {@code size}. Answer {@code {"items","total","page","size"}}. */
    public static final String EARLY_WARNING_LIST = "direct:early-warning-list";
    /** A warning with recipients, actions, masked member referrals and {@code allowedActions} of the caller. */
    public static final String EARLY_WARNING_READ = "direct:early-warning-read";
    /** Body (optional): {@code {"note"}}. */
    public static final String EARLY_WARNING_ACKNOWLEDGE = "direct:early-warning-acknowledge";
    /** Body: {@code {"action"}}: the action taken. */
    public static final String EARLY_WARNING_ACTION = "direct:early-warning-action";
    /** Header {@code size}. Answer {@code {"items":[campaign…]}} the agency owns or reports in, with today's report ({@code mine}). */
    public static final String CAMPAIGN_LIST = "direct:campaign-list";
    public static final String CAMPAIGN_READ = "direct:campaign-read";
    /** Body: a campaign (title, startDate, endDate, cutoff, categories, units); coordinating agencies only. Answer 201. */
    public static final String CAMPAIGN_CREATE = "direct:campaign-create";
    /** Body: {@code {"counts":{code:n},"note"}} or {@code {"nil":true}}. Answer 201 (first), 200 (correction). */
    public static final String CAMPAIGN_REPORT = "direct:campaign-report";
    /** Header {@code date}. The owner's roll-up of a day by unit, city and province. */
    public static final String CAMPAIGN_ROLLUP = "direct:campaign-rollup";
    /** Headers {@code date}, {@code format} (csv|xlsx). Answer: the file, with Content-Type and Content-Disposition. */
    public static final String CAMPAIGN_EXPORT = "direct:campaign-export";

    // ---- periodic reports, typical cases and case quality (the doors of /api/v1/reports, /api/v1/typical-cases and
    //      /api/v1/referrals/{id}/quality; ids in header "id") ----

    /** Header {@code size}. Answer: {@code {"items":[{"reportId","period","periodLabel","region","generatedBy","generatedAt"}…]}}; coordinators only. */
    public static final String REPORT_LIST = "direct:report-list";
    /** Body: {@code {"period":"2026-H1|2026-Q3","region"?}}. Answer 201 with the report (JSON), or a 4xx problem. */
    public static final String REPORT_GENERATE = "direct:report-generate";
    public static final String REPORT_READ = "direct:report-read";
    /** Answer: the report as an XLSX workbook (bytes), with Content-Type and Content-Disposition. */
    public static final String REPORT_XLSX = "direct:report-xlsx";
    /** Answer: the report as a PDF (bytes), with Content-Type and Content-Disposition. */
    public static final String REPORT_PDF = "direct:report-pdf";
    /** Headers {@code status}, {@code size}. Answer: {@code {"items":[typical case…]}} the agency may read. */
    public static final String TYPICAL_CASE_LIST = "direct:typical-case-list";
    /** Body: {@code {"referralId","title","facts","actions","result","commentary"}}. Answer 201 with the masked write-up. */
    public static final String TYPICAL_CASE_SUBMIT = "direct:typical-case-submit";
    public static final String TYPICAL_CASE_READ = "direct:typical-case-read";
    /** Body: as submitted, without {@code referralId}; the submitter, while not published. */
    public static final String TYPICAL_CASE_REVISE = "direct:typical-case-revise";
    /** Body: {@code {"decision":"PUBLISH|RETURN","note"}}; the region's coordinator. */
    public static final String TYPICAL_CASE_REVIEW = "direct:typical-case-review";
    /** Header {@code status}. Answer: an XLSX workbook (bytes), with Content-Type and Content-Disposition. */
    public static final String TYPICAL_CASE_EXPORT = "direct:typical-case-export";
    /** Header {@link #REFERRAL_ID}. Answer: {@code {"referralId","records":[…]}}. */
    public static final String QUALITY_LIST = "direct:quality-list";
    /** Header {@link #REFERRAL_ID}; body {@code {"satisfaction":1-5|"满意|基本满意|不满意","method","visitedOn","note"}}. */
    public static final String QUALITY_RETURN_VISIT = "direct:quality-return-visit";
    /** Header {@link #REFERRAL_ID}; body {@code {"attended":true|false,"hearingDate","note"}}. */
    public static final String QUALITY_HEARING = "direct:quality-hearing";
    /** Header {@link #REFERRAL_ID}; body {@code {"score":0-100,"reviewer","grade":"优秀|良好|合格|不合格","reviewedOn","note"}}. */
    public static final String QUALITY_PEER_REVIEW = "direct:quality-peer-review";

    /** Every agency of the registry: {@code [{"id","kind","kindLabel","name","region","coordinator"}]} (no keys or settings). */
    public static final String AGENCY_DIRECTORY = "direct:agency-directory";

    /** The authenticated calling agency's id (set by the hub's filter, or by an adapter that authenticated it). */
    public static final String CALLING_AGENCY = "X-Hub-Agency";
    /** The calling agency's kind slug, set by the hub's filter beside {@link #CALLING_AGENCY}. */
    public static final String CALLING_AGENCY_KIND = "X-Hub-Agency-Kind";
    /**
     * The signed-in person behind a call from the staff console, and their role (WORKSTATION_STAFF,
     * REVIEWER, COORDINATOR, SUPERVISOR, ADMINISTRATOR). Never taken from an API or partner caller.
     */
    public static final String CALLING_USER = "X-Hub-User";
    public static final String CALLING_USER_ROLE = "X-Hub-User-Role";
    public static final String REFERRAL_ID = "id";
    public static final String SOURCE_REF = "sourceRef";
    /** The HTTP status of a door's answer. */
    public static final String RESPONSE_CODE = "CamelHttpResponseCode";

    // ---- the hub's call to an adapter: from("direct:outbound-<kind slug>") ----

    /** Prefix of an adapter's outbound endpoint; the kind slug follows. Body: the canonical envelope (JSON text). */
    public static final String OUTBOUND_PREFIX = "direct:outbound-";
    public static final String AGENCY_ID = "hubAgencyId";
    /** The agency's configured endpoint (may be absent). */
    public static final String AGENCY_ENDPOINT = "hubAgencyEndpoint";
    /** {@code Map<String, String>}: the agency's adapter settings from the registry. */
    public static final String AGENCY_SETTINGS = "hubAgencySettings";
    public static final String MESSAGE_ID = "hubMessageId";
    public static final String MESSAGE_TYPE = "hubMessageType";
    public static final String MESSAGE_REFERRAL_ID = "hubReferralId";
    /** Which attempt this is (1 = first). */
    public static final String ATTEMPT = "hubDeliveryAttempt";
    /** Optional, set by the adapter on success: what the partner answered, kept in the delivery receipt. */
    public static final String DELIVERY_DETAIL = "hubDeliveryDetail";

    private HubExchange() {
    }

    public static String outbound(AgencyKind kind) {
        return OUTBOUND_PREFIX + kind.slug();
    }
}
