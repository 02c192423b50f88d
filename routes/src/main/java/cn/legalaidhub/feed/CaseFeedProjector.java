package cn.legalaidhub.feed;

import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StoredReferral;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brings the case feed up to date with the ledger. Documents are written with the ledger version
 * as an external version, so replays and concurrent projectors never put an older state over a
 * newer one. A referral stays pending until Elasticsearch has taken its current version.
 */
@Component
public class CaseFeedProjector {

    private static final Logger log = LoggerFactory.getLogger(CaseFeedProjector.class);

    private final ReferralLedger ledger;
    private final CaseFeedIndex index;
    private final CaseFeedDocuments documents;
    private final ElasticsearchClient client;
    private final int batchSize;

    CaseFeedProjector(ReferralLedger ledger, CaseFeedIndex index, CaseFeedDocuments documents, ElasticsearchClient client,
            @Value("${hub.feed.batch-size}") int batchSize) {
        this.ledger = ledger;
        this.index = index;
        this.documents = documents;
        this.client = client;
        this.batchSize = batchSize;
    }

    /** Projects every pending change; returns how many referrals were written. */
    public int projectPending() throws Exception {
        index.ensure();
        int total = 0;
        while (true) {
            List<StoredReferral> pending = ledger.feedPending(batchSize);
            if (pending.isEmpty()) {
                return total;
            }
            int written = write(pending);
            total += written;
            if (written < pending.size() || pending.size() < batchSize) {
                return total;
            }
        }
    }

    private int write(List<StoredReferral> pending) throws Exception {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        List<Map<String, Object>> docs = documents.toDocuments(pending);
        for (int n = 0; n < pending.size(); n++) {
            StoredReferral r = pending.get(n);
            Map<String, Object> doc = docs.get(n);
            bulk.operations(op -> op.index(i -> i.index(index.name()).id(r.id())
                    .version(r.version()).versionType(VersionType.External).document(doc)));
        }
        BulkResponse response = client.bulk(bulk.build());
        List<StoredReferral> written = new java.util.ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            BulkResponseItem item = response.items().get(i);
            StoredReferral r = pending.get(i);
            boolean newerOrSame = item.error() != null && "version_conflict_engine_exception".equals(item.error().type());
            if (item.error() == null || newerOrSame) {
                written.add(r);
            } else {
                log.warn("Case feed could not take referral {} v{}: {}", r.id(), r.version(), item.error().reason());
            }
        }
        ledger.markProjected(written);
        return written.size();
    }
}
