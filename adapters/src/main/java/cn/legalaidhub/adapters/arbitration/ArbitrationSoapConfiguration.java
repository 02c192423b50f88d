package cn.legalaidhub.adapters.arbitration;

import cn.legalaidhub.adapters.arbitration.ws.callback.InstituteCallbackPort;
import cn.legalaidhub.adapters.soap.PartnerSoapBus;
import cn.legalaidhub.adapters.soap.SoapClients;
import cn.legalaidhub.adapters.soap.XmlLimits;
import javax.xml.namespace.QName;
import org.apache.cxf.Bus;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The arbitration adapter's CXF bus, its servlet under /partner/arbitration/ and the callback clients. */
@Configuration(proxyBeanMethods = false)
class ArbitrationSoapConfiguration {

    static final String SLUG = "arbitration";
    static final String BUS = "arbitrationSoapBus";
    static final String SERVICE_WSDL = "classpath:schemas/wsdl/arbitration/ArbitrationReferralService.wsdl";
    static final String CALLBACK_WSDL = "classpath:schemas/wsdl/arbitration/ArbitrationInstituteCallback.wsdl";
    static final String SERVICE_NS = "http://ws.legalaidhub.cn/arbitration/v1/referral";
    static final String CALLBACK_NS = "http://ws.legalaidhub.cn/arbitration/v1/callback";
    static final QName CALLBACK_SERVICE = new QName(CALLBACK_NS, "InstituteCallbackService");
    static final QName CALLBACK_SOAP11 = new QName(CALLBACK_NS, "InstituteCallbackSoap11");
    static final QName CALLBACK_SOAP12 = new QName(CALLBACK_NS, "InstituteCallbackSoap12");

    @Bean(name = BUS, destroyMethod = "shutdown")
    Bus arbitrationSoapBus(XmlLimits limits) {
        return PartnerSoapBus.create(BUS, limits);
    }

    @Bean
    ServletRegistrationBean<CXFNonSpringServlet> arbitrationSoapServlet(@Qualifier(BUS) Bus bus) {
        return PartnerSoapBus.servlet(SLUG, bus);
    }

    @Bean
    SoapClients<InstituteCallbackPort> instituteCallbackClients(@Qualifier(BUS) Bus bus,
            @Value("${camel.component.http.connect-timeout:5000}") long connectTimeoutMs,
            @Value("${camel.component.http.response-timeout:15000}") long responseTimeoutMs) {
        return new SoapClients<>(bus, InstituteCallbackPort.class, CALLBACK_WSDL, CALLBACK_SERVICE, CALLBACK_SOAP11,
                CALLBACK_SOAP12, connectTimeoutMs, responseTimeoutMs);
    }
}
