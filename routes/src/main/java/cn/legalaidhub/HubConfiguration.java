package cn.legalaidhub;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.time.Clock;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HubConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** One ObjectMapper for the hub, with parser limits so no request can exhaust memory. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer parserLimits() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(40).build()));
    }
}
