package cn.legalaidhub.adapters.soap;

import java.util.Map;
import org.apache.cxf.Bus;
import org.apache.cxf.bus.extension.ExtensionManagerBus;
import org.apache.cxf.staxutils.StaxUtils;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * One CXF bus and one servlet per SOAP partner kind, mapped to {@code /partner/<slug>/*} only: the
 * partner's services are reachable only under its own path (which the hub's filter authenticates as an
 * agency of that kind), other adapters' REST paths under {@code /partner/} stay with Spring MVC, and
 * nothing is published on CXF's default {@code /services} servlet (switched off: {@code cxf.servlet.enabled}).
 * Every XML parser of the bus refuses DTDs and external entities (CXF's secure StAX default, never
 * relaxed here) and enforces the size and depth limits of {@link XmlLimits}.
 */
public final class PartnerSoapBus {

    private PartnerSoapBus() {
    }

    /** A bus of its own (not CXF's default bus) with the XML limits as contextual properties. */
    public static Bus create(String name, XmlLimits limits) {
        ExtensionManagerBus bus = new ExtensionManagerBus();
        bus.setId(name);
        limits.applyTo(bus);
        bus.setProperty(StaxUtils.ALLOW_INSECURE_PARSER, false);
        bus.getInInterceptors().add(new RefuseDoctypeInterceptor());
        bus.initialize();
        return bus;
    }

    /** The servlet that serves {@code bus}'s endpoints (relative addresses) under {@code /partner/<slug>/}. */
    public static ServletRegistrationBean<CXFNonSpringServlet> servlet(String slug, Bus bus) {
        CXFNonSpringServlet servlet = new CXFNonSpringServlet();
        servlet.setBus(bus);
        ServletRegistrationBean<CXFNonSpringServlet> registration =
                new ServletRegistrationBean<>(servlet, "/partner/" + slug + "/*");
        registration.setName("soap-" + slug);
        registration.setLoadOnStartup(1);
        registration.setInitParameters(Map.of("hide-service-list-page", "true"));
        return registration;
    }
}
