package cn.legalaidhub.linking;

import cn.legalaidhub.ledger.ReferralChange;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StaleVersionException;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.ledger.TimelineEntry;
import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.RuleIds;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links cases after intake, one replica at a time (see the clock sweeper's lease): the same
 * applicant's claim against the same employer for the same matter within the window is linked as
 * a duplicate; once the claims against one employer or construction project within the window
 * reach the threshold of people, they form one collective case (representative, claimant list,
 * total amount) while each applicant's record stays.
 */
@Component
public class CaseLinker {

    private static final Logger log = LoggerFactory.getLogger(CaseLinker.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int MAX_DUPLICATE_LINKS = 5;
    private static final int MAX_ATTEMPTS = 5;
    private static final List<String> ASSIGNED_STATES = List.of("ASSIGNED", "IN_PROGRESS", "CLOSED", "TERMINATED", "ARCHIVED");

    private final JdbcTemplate jdbc;
    private final ReferralLedger ledger;
    private final RuleBook rules;
    private final TransactionTemplate tx;
    private final SecureRandom random = new SecureRandom();

    CaseLinker(JdbcTemplate jdbc, ReferralLedger ledger, RuleBook rules, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.rules = rules;
        this.tx = tx;
    }

    /**
     * Links the referrals not yet looked at, oldest first; answers how many it linked. They are
     * linked together in one transaction — their links, the changes to the referrals they join and
     * their "looked at" marks — so a ledger commit is paid once per batch, not once per change. If
     * another writer changes one of those referrals meanwhile (or linking one of them fails), the
     * batch is rolled back and each referral is linked in a transaction of its own.
     */
    public int linkPending(Instant now, int limit) {
        List<String> pending = jdbc.queryForList("select id from referral where linked = false order by submitted_at, id "
                + "fetch first " + limit + " rows only", String.class);
        try {
            tx.executeWithoutResult(status -> pending.forEach(id -> link(id, now)));
        } catch (RuntimeException batchFailed) {
            log.debug("Linking {} referrals together failed ({}); one by one", pending.size(), batchFailed.toString());
            return (int) pending.stream().filter(id -> linkWithRetry(id, now)).count();
        }
        return pending.size();
    }

    private void link(String id, Instant now) {
        ledger.find(id).ifPresent(r -> {
            linkDuplicates(r, now);
            linkCollective(r, now);
        });
        jdbc.update("update referral set linked = true where id = ?", id);
    }

    /** Links one referral in a transaction of its own; false if it stays pending until the next sweep. */
    private boolean linkWithRetry(String id, Instant now) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                tx.executeWithoutResult(status -> link(id, now));
                return true;
            } catch (StaleVersionException raced) {
                log.debug("A referral changed while {} was being linked; again ({}/{})", id, attempt, MAX_ATTEMPTS);
            } catch (RuntimeException failed) {
                log.warn("Could not link referral {}; the next sweep tries again: {}", id, failed.toString());
                return false;
            }
        }
        log.warn("Could not link referral {}: the referrals it links to kept changing; the next sweep tries again", id);
        return false;
    }

    /** An earlier duplicate of this referral that is already assigned, described for the refusal. */
    public Optional<String> assignedDuplicate(StoredReferral r) {
        Rule rule = rules.rule(RuleIds.DUPLICATE_LINKED);
        if (!rule.enabled() || r.keys().duplicate() == null) {
            return Optional.empty();
        }
        return jdbc.query("select id, receiver_agency from referral where duplicate_key = ? and id <> ? and submitted_at >= ? "
                + "and status in ('" + String.join("','", ASSIGNED_STATES) + "') order by submitted_at fetch first 1 rows only",
                (rs, n) -> "referral " + rs.getString(1) + " of " + rs.getString(2), r.keys().duplicate(), r.id(),
                ts(r.submittedAt().minus(window(rule)))).stream().findFirst();
    }

    private void linkDuplicates(StoredReferral r, Instant now) {
        Rule rule = rules.rule(RuleIds.DUPLICATE_LINKED);
        if (!rule.enabled() || r.keys().duplicate() == null) {
            return;
        }
        // the first applications are enough to link to: the assignment guard asks the ledger by key anyway
        List<String> earlier = jdbc.queryForList("select id from referral where duplicate_key = ? and id <> ? and submitted_at >= ? "
                + "and submitted_at <= ? order by submitted_at, id fetch first " + MAX_DUPLICATE_LINKS + " rows only", String.class,
                r.keys().duplicate(), r.id(), ts(r.submittedAt().minus(window(rule))), ts(r.submittedAt()));
        if (earlier.isEmpty()) {
            return;
        }
        ReferralChange change = new ReferralChange()
                .timeline(TimelineEntry.hub(now, "DUPLICATE_LINKED", null, null,
                        "与 " + String.join("、", earlier) + " 为同一申请人、同一对方当事人、同一事项的申请，已关联，不重复指派"))
                .ruleFired(new ReferralChange.RuleFired(rule.id(), rule.source(), "duplicate of " + String.join(",", earlier), now))
                .write(() -> earlier.forEach(e -> {
                    link(r.id(), e, "DUPLICATE", now);
                    link(e, r.id(), "DUPLICATE", now);
                }));
        apply(r.id(), change, now);
        for (String e : earlier) {
            apply(e, new ReferralChange().timeline(TimelineEntry.hub(now, "DUPLICATE_LINKED", null, null,
                    "后续重复申请 " + r.id() + " 已关联")), now);
        }
    }

    private void linkCollective(StoredReferral r, Instant now) {
        Rule rule = rules.rule(RuleIds.COLLECTIVE_CASE);
        if (!rule.enabled() || r.keys().employer() == null || "CANCELLED".equals(r.status()) || r.collectiveId() != null) {
            return;
        }
        Instant since = r.submittedAt().minus(window(rule));
        Optional<String> open = jdbc.queryForList("select id from collective_case where employer_key = ? and updated_at >= ? "
                + "order by updated_at desc fetch first 1 rows only", String.class, r.keys().employer(), ts(since)).stream().findFirst();
        if (open.isPresent()) {
            join(open.get(), r, rule, now);
            return;
        }
        // no collective case yet: the claims so far are fewer than the threshold of people, so this read stays small
        List<Member> members = jdbc.query("select id, applicant_key, people_count, amount_claimed, collective_id, submitted_at "
                + "from referral where employer_key = ? and submitted_at >= ? and status <> 'CANCELLED' order by submitted_at, id",
                (rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getString(5)),
                r.keys().employer(), ts(since));
        if (people(members) < rule.integer("min-people")) {
            return;
        }
        String collectiveId = create(r, members.get(0).id(), now);
        for (Member m : members) {
            ledger.find(m.id()).ifPresent(member -> join(collectiveId, member, rule, now));
        }
        log.info("Collective case {}: {} referrals against {}", collectiveId, members.size(), r.keys().employer());
    }

    /** Adds a referral to a collective case: its record stays; the case's counts grow. */
    private void join(String collectiveId, StoredReferral r, Rule rule, Instant now) {
        boolean newApplicant = r.keys().applicant() == null || jdbc.queryForObject("select count(*) from referral where collective_id = ? "
                + "and applicant_key = ?", Integer.class, collectiveId, r.keys().applicant()) == 0;
        int people = newApplicant ? Math.max(1, r.peopleCount()) : 0;
        BigDecimal amount = r.amountClaimed() == null ? BigDecimal.ZERO : r.amountClaimed();
        apply(r.id(), new ReferralChange()
                .timeline(TimelineEntry.hub(now, "COLLECTIVE_LINKED", null, null, "并入集体案件 " + collectiveId
                        + "（对方当事人相同，" + rule.integer("min-people") + "人以上），个人记录保留"))
                .ruleFired(new ReferralChange.RuleFired(rule.id(), rule.source(), "member of " + collectiveId, now))
                .write(() -> {
                    if (jdbc.update("update referral set collective_id = ? where id = ? and collective_id is null", collectiveId, r.id()) == 1) {
                        jdbc.update("update collective_case set member_count = member_count + 1, people_count = people_count + ?, "
                                + "total_amount = total_amount + ?, updated_at = ? where id = ?", people, amount, ts(now), collectiveId);
                    }
                }), now);
    }

    private static int people(List<Member> members) {
        Set<String> applicants = new HashSet<>();
        int people = 0;
        for (Member m : members) {
            if (m.applicantKey() == null || applicants.add(m.applicantKey())) {
                people += Math.max(1, m.people());
            }
        }
        return people;
    }

    private String create(StoredReferral r, String representative, Instant now) {
        String id = newId(now);
        var doc = ledger.find(representative).map(StoredReferral::payload).orElse(r.payload());
        String name = null;
        String project = null;
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc).path("opposingParty");
            name = node.path("name").asText(null);
            project = node.path("project").asText(null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            log.warn("Referral {} has an unreadable document", representative);
        }
        jdbc.update("insert into collective_case (id, employer_key, employer_name, project, region, representative_referral, "
                + "member_count, people_count, total_amount, created_at, updated_at) values (?,?,?,?,?,?,0,0,0,?,?)", id,
                r.keys().employer(), name, project, r.region(), representative, ts(now), ts(now));
        return id;
    }

    private void link(String from, String to, String kind, Instant at) {
        Integer known = jdbc.queryForObject("select count(*) from referral_link where referral_id = ? and linked_id = ? and kind = ?",
                Integer.class, from, to, kind);
        if (known == null || known == 0) {
            jdbc.update("insert into referral_link (referral_id, linked_id, kind, created_at) values (?,?,?,?)", from, to, kind, ts(at));
        }
    }

    /** Within the linking transaction: a referral changed meanwhile throws {@link StaleVersionException} and rolls it back. */
    private void apply(String referralId, ReferralChange change, Instant now) {
        ledger.apply(ledger.find(referralId).orElseThrow(), change, now);
    }

    private static Duration window(Rule rule) {
        var limit = rule.limit("window").orElseThrow();
        return Duration.ofDays(limit.amount());
    }

    private String newId(Instant now) {
        StringBuilder id = new StringBuilder("C").append(DAY.format(now)).append('-');
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Member(String id, String applicantKey, int people, BigDecimal amount, String collectiveId) {
    }
}
