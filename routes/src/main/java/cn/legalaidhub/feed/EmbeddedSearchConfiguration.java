package cn.legalaidhub.feed;

import cn.legalaidhub.search.embedded.EmbeddedElasticsearch;
import java.nio.file.Path;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code hub.search.embedded.enabled=true} (the default) the hub runs a real single
 * Elasticsearch node in its own JVM, its data under the hub's data directory. Otherwise Spring
 * Boot connects to {@code spring.elasticsearch.uris}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.search.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedSearchConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedElasticsearch embeddedElasticsearch(@Value("${hub.data-dir}") Path dataDir,
            @Value("${hub.search.embedded.http-port}") int port) {
        return EmbeddedElasticsearch.start(dataDir.resolve("elasticsearch"), "127.0.0.1", port);
    }

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(EmbeddedElasticsearch node) {
        return RestClient.builder(HttpHost.create(node.httpUri().toString())).build();
    }
}
