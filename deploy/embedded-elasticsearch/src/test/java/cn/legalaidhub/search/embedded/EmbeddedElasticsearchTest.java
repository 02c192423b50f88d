package cn.legalaidhub.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.http.HttpHost;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real node: Chinese analysis with smartcn, the case-feed template, and data that survives a restart. */
class EmbeddedElasticsearchTest {

    @TempDir
    Path dataDir;

    @Test
    void indexesAndFindsChineseTextAndKeepsItAcrossARestart() throws Exception {
        String template = Files.readString(Path.of("..", "..", "schemas", "elasticsearch", "case-feed.index-template.json"));
        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(dataDir, "127.0.0.1", 0);
             RestClient client = RestClient.builder(HttpHost.create(node.httpUri().toString())).build()) {
            assertThat(node.httpUri().getHost()).isEqualTo("127.0.0.1");
            call(client, "PUT", "/_index_template/legal-aid-hub-cases", template);
            call(client, "PUT", "/legal-aid-hub-cases-test/_doc/R1?refresh=true",
                    "{\"referralId\":\"R1\",\"employerName\":\"温州市鹿城建筑工程有限公司\",\"category\":\"UNPAID_WAGES\"}");
            call(client, "PUT", "/legal-aid-hub-cases-test/_doc/R2?refresh=true",
                    "{\"referralId\":\"R2\",\"employerName\":\"杭州某餐饮管理有限公司\",\"category\":\"WORK_INJURY\"}");

            String hits = call(client, "POST", "/legal-aid-hub-cases-test/_search",
                    "{\"query\":{\"match\":{\"employerName\":\"建筑\"}},"
                            + "\"aggs\":{\"c\":{\"terms\":{\"field\":\"category\"}}}}");
            assertThat(hits).contains("\"R1\"").doesNotContain("\"R2\"");
            String all = call(client, "POST", "/legal-aid-hub-cases-test/_search",
                    "{\"size\":0,\"aggs\":{\"c\":{\"terms\":{\"field\":\"category\"}}}}");
            assertThat(all).contains("\"key\":\"UNPAID_WAGES\",\"doc_count\":1").contains("\"key\":\"WORK_INJURY\",\"doc_count\":1");

            String tokens = call(client, "POST", "/_analyze", "{\"analyzer\":\"smartcn\",\"text\":\"拖欠农民工工资\"}");
            assertThat(tokens.split("\"token\"").length - 1).isGreaterThan(1);
        }

        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(dataDir, "127.0.0.1", 0);
             RestClient client = RestClient.builder(HttpHost.create(node.httpUri().toString())).build()) {
            String found = call(client, "GET", "/legal-aid-hub-cases-test/_doc/R1", null);
            assertThat(found).contains("\"found\":true").contains("鹿城建筑");
        }
    }

    private static String call(RestClient client, String method, String path, String json) throws Exception {
        Request request = new Request(method, path);
        if (json != null) {
            request.setJsonEntity(json);
        }
        Response response = client.performRequest(request);
        return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
    }
}
