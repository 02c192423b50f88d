package cn.legalaidhub.adapters.soap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.xml.namespace.QName;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.cxf.Bus;
import org.apache.cxf.bus.extension.ExtensionManagerBus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;

/**
 * A partner's own SOAP server, for the simulators: a CXF JAX-WS endpoint implementing the partner's
 * callback WSDL, served by a small embedded Tomcat on 127.0.0.1 (port 0 = a free port), with a SOAP 1.1
 * port at {@code /ws/HubCallback} and a SOAP 1.2 port at {@code /ws/HubCallback12}. It can be stopped and
 * started again on the same port, as a partner system that goes down and comes back.
 */
public final class SoapCallbackServer implements AutoCloseable {

    private final Object implementor;
    private final String wsdl;
    private final QName service;
    private final QName soap11Port;
    private final QName soap12Port;
    private final String host;
    private int port;
    private Tomcat tomcat;
    private Bus bus;
    private Path baseDir;

    public SoapCallbackServer(Object implementor, String wsdl, QName service, QName soap11Port, QName soap12Port,
            String host, int port) {
        this.implementor = implementor;
        this.wsdl = wsdl;
        this.service = service;
        this.soap11Port = soap11Port;
        this.soap12Port = soap12Port;
        this.host = host;
        this.port = port;
        start();
    }

    public synchronized void start() {
        if (tomcat != null) {
            return;
        }
        try {
            Path base = Files.createTempDirectory("soap-callback-");
            baseDir = base;
            ExtensionManagerBus ownBus = new ExtensionManagerBus();
            ownBus.initialize();
            bus = ownBus;
            Tomcat server = new Tomcat();
            server.setBaseDir(base.toString());
            server.getEngine().setName("soap-sim-" + UUID.randomUUID());
            Connector connector = new Connector();
            connector.setPort(port);
            connector.setProperty("address", host);
            server.setConnector(connector);
            Context context = server.addContext("", base.toString());
            CXFNonSpringServlet servlet = new CXFNonSpringServlet();
            servlet.setBus(bus);
            Tomcat.addServlet(context, "cxf", servlet).setLoadOnStartup(1);
            context.addServletMappingDecoded("/ws/*", "cxf");
            publish("/HubCallback", soap11Port);
            publish("/HubCallback12", soap12Port);
            server.start();
            port = connector.getLocalPort();
            tomcat = server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException("SOAP callback server did not start on " + host + ":" + port, e);
        }
    }

    private Server publish(String address, QName portName) {
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setServiceBean(implementor);
        factory.setWsdlURL(wsdl);
        factory.setServiceName(service);
        factory.setEndpointName(portName);
        factory.setAddress(address);
        return factory.create();
    }

    /** Stops answering (connections are refused) until {@link #start()}; the port is kept for the restart. */
    public synchronized void stop() {
        if (tomcat == null) {
            return;
        }
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        } finally {
            tomcat = null;
            bus.shutdown(true);
            deleteQuietly(baseDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a leftover temporary folder is harmless
        }
    }

    public synchronized boolean running() {
        return tomcat != null;
    }

    /** The SOAP 1.1 endpoint; the SOAP 1.2 one is the same with {@code 12} appended. */
    public URI endpoint() {
        return URI.create("http://" + host + ":" + port + "/ws/HubCallback");
    }

    public URI soap12Endpoint() {
        return URI.create(endpoint() + "12");
    }

    @Override
    public void close() {
        stop();
    }
}
