package cn.legalaidhub.adapters.soap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Settings shared by the SOAP partner adapters (hub.soap.*, see adapters/docs/arbitration.md). */
@Configuration(proxyBeanMethods = false)
class SoapPartnerConfiguration {

    @Bean
    XmlLimits partnerXmlLimits(@Value("${hub.soap.max-message-size:1MB}") DataSize maxSize,
            @Value("${hub.soap.max-depth:32}") int maxDepth,
            @Value("${hub.soap.max-elements:5000}") long maxElements) {
        XmlLimits defaults = XmlLimits.defaults();
        return new XmlLimits(maxSize.toBytes(), maxDepth, maxElements, defaults.maxChildElements(), defaults.maxTextLength(),
                defaults.maxAttributes());
    }
}
