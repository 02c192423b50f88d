package cn.legalaidhub.adapters.court;

import cn.legalaidhub.adapters.court.ws.callback.CourtCallbackPort;
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

/** The court adapter's CXF bus, its servlet under /partner/court/ and the clients of the courts' callback services. */
@Configuration(proxyBeanMethods = false)
class CourtSoapConfiguration {

    static final String SLUG = "court";
    static final String BUS = "courtSoapBus";
    static final String SERVICE_WSDL = "classpath:schemas/wsdl/court/CourtAssistanceService.wsdl";
    static final String CALLBACK_WSDL = "classpath:schemas/wsdl/court/CourtCallbackService.wsdl";
    static final String SERVICE_NS = "http://ws.legalaidhub.cn/court/v1/assistance";
    static final String CALLBACK_NS = "http://ws.legalaidhub.cn/court/v1/callback";
    static final QName CALLBACK_SERVICE = new QName(CALLBACK_NS, "CourtCallbackService");
    static final QName CALLBACK_SOAP11 = new QName(CALLBACK_NS, "CourtCallbackSoap11");
    static final QName CALLBACK_SOAP12 = new QName(CALLBACK_NS, "CourtCallbackSoap12");

    @Bean(name = BUS, destroyMethod = "shutdown")
    Bus courtSoapBus(XmlLimits limits) {
        return PartnerSoapBus.create(BUS, limits);
    }

    @Bean
    ServletRegistrationBean<CXFNonSpringServlet> courtSoapServlet(@Qualifier(BUS) Bus bus) {
        return PartnerSoapBus.servlet(SLUG, bus);
    }

    @Bean
    SoapClients<CourtCallbackPort> courtCallbackClients(@Qualifier(BUS) Bus bus,
            @Value("${camel.component.http.connect-timeout:5000}") long connectTimeoutMs,
            @Value("${camel.component.http.response-timeout:15000}") long responseTimeoutMs) {
        return new SoapClients<>(bus, CourtCallbackPort.class, CALLBACK_WSDL, CALLBACK_SERVICE, CALLBACK_SOAP11, CALLBACK_SOAP12,
                connectTimeoutMs, responseTimeoutMs);
    }
}
