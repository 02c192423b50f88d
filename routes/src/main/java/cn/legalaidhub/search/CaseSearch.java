package cn.legalaidhub.search;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.feed.CaseFeedIndex;
import cn.legalaidhub.privacy.LookupKeys;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Searches the case feed for one agency: only cases it is party to, or for a coordinator every
 * case of its region. Results come from the feed, which holds masked data only.
 */
@Component
class CaseSearch {

    static final List<String> FACETS = List.of("category", "group", "region", "status", "channel", "overdue", "rulesFired");
    private static final List<String> HIDDEN_FIELDS = List.of("applicantIdHash", "parties", "ledgerVersion");

    record Criteria(String q, String category, String group, String region, String status, String from, String to,
            Boolean greenChannel, Boolean overdue, String rule, String channel, int page, int size) {
    }

    record Result(List<Map<String, Object>> items, long total, int page, int size, Map<String, Map<String, Long>> facets) {
    }

    private final ElasticsearchClient client;
    private final CaseFeedIndex index;
    private final LookupKeys lookupKeys;

    CaseSearch(ElasticsearchClient client, CaseFeedIndex index, LookupKeys lookupKeys) {
        this.client = client;
        this.index = index;
        this.lookupKeys = lookupKeys;
    }

    @SuppressWarnings("unchecked")
    Result search(Agency caller, Criteria c) throws Exception {
        index.ensure();
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (caller.coordinator()) {
            bool.filter(f -> f.prefix(p -> p.field("region").value(caller.regionPrefix())));
        } else {
            bool.filter(f -> f.term(t -> t.field("parties").value(caller.id())));
        }
        term(bool, "category", c.category());
        term(bool, "group", c.group());
        term(bool, "status", c.status());
        if (c.region() != null && !c.region().isBlank()) {
            bool.filter(f -> f.prefix(p -> p.field("region").value(c.region().replaceAll("(00)+$", ""))));
        }
        term(bool, "channel", c.channel());
        if (c.greenChannel() != null) {
            bool.filter(f -> f.term(t -> t.field("greenChannel").value(c.greenChannel())));
        }
        if (c.overdue() != null) {
            bool.filter(f -> f.term(t -> t.field("overdue").value(c.overdue())));
        }
        term(bool, "rulesFired", c.rule());
        if (c.from() != null || c.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("submittedAt");
                if (c.from() != null) {
                    d.gte(c.from());
                }
                if (c.to() != null) {
                    d.lte(c.to() + "||/d");
                }
                return d;
            })));
        }
        boolean fullText = c.q() != null && !c.q().isBlank();
        if (fullText) {
            String q = c.q().trim();
            bool.must(m -> m.bool(any -> any
                    .should(s -> s.multiMatch(mm -> mm.query(q).fields("employerName^3", "project^2", "facts", "applicantName")))
                    .should(keyword("referralId", q))
                    .should(keyword("sourceRef", q))
                    .should(keyword("employerCreditCode", q.toUpperCase()))
                    .should(keyword("employerName.keyword", q))
                    .should(keyword("applicantIdHash", lookupKeys.idNumberKey(q)))
                    .minimumShouldMatch("1")));
        }
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(index.name())
                .query(new Query(bool.build()))
                .from(c.page() * c.size())
                .size(c.size())
                .trackTotalHits(t -> t.enabled(true));
        if (!fullText) {
            request.sort(s -> s.field(f -> f.field("priority").order(SortOrder.Desc)))
                    .sort(s -> s.field(f -> f.field("submittedAt").order(SortOrder.Desc)));
        }
        for (String facet : FACETS) {
            request.aggregations(facet, a -> a.terms(t -> t.field(facet).size(50)));
        }
        SearchResponse<Map> response = client.search(request.build(), Map.class);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Map<String, Object> source = new LinkedHashMap<>((Map<String, Object>) hit.source());
            HIDDEN_FIELDS.forEach(source::remove);
            items.add(source);
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Aggregate agg = response.aggregations().get(facet);
            Map<String, Long> counts = new LinkedHashMap<>();
            if (agg != null && agg.isSterms()) {
                for (StringTermsBucket b : agg.sterms().buckets().array()) {
                    counts.put(b.key().stringValue(), b.docCount());
                }
            } else if (agg != null && agg.isLterms()) {
                agg.lterms().buckets().array().forEach(b -> counts.put(b.keyAsString() == null ? String.valueOf(b.key())
                        : b.keyAsString(), b.docCount()));
            }
            facets.put(facet, counts);
        }
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new Result(items, total, c.page(), c.size(), facets);
    }

    private static void term(BoolQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(value))));
        }
    }

    private static Query keyword(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
