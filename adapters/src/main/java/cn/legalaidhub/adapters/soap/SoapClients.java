package cn.legalaidhub.adapters.soap;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;
import org.apache.cxf.Bus;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * JAX-WS clients of partners' callback services, one per agency configuration (endpoint, SOAP version,
 * credentials), created from the partner's WSDL and reused (configured once, so safe to share between
 * threads). Agency settings: {@code soap-version} ({@code 1.1}, default, or {@code 1.2}), {@code username}
 * and {@code password} for HTTP Basic authentication towards the partner.
 */
public final class SoapClients<T> {

    public static final String SOAP_VERSION = "soap-version";
    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";

    private record Key(String agency, String address, boolean soap12, String username, int passwordHash) {
    }

    private final Map<Key, T> clients = new ConcurrentHashMap<>();
    private final Bus bus;
    private final Class<T> serviceInterface;
    private final String wsdl;
    private final QName service;
    private final QName soap11Port;
    private final QName soap12Port;
    private final long connectTimeoutMs;
    private final long receiveTimeoutMs;

    public SoapClients(Bus bus, Class<T> serviceInterface, String wsdl, QName service, QName soap11Port, QName soap12Port,
            long connectTimeoutMs, long receiveTimeoutMs) {
        this.bus = bus;
        this.serviceInterface = serviceInterface;
        this.wsdl = wsdl;
        this.service = service;
        this.soap11Port = soap11Port;
        this.soap12Port = soap12Port;
        this.connectTimeoutMs = connectTimeoutMs;
        this.receiveTimeoutMs = receiveTimeoutMs;
    }

    /** The client for an agency; fails when its endpoint or SOAP version is not usable. */
    public T forAgency(String agencyId, String address, Map<String, String> settings) {
        if (address == null || !address.matches("^https?://.+")) {
            throw new IllegalStateException("Agency " + agencyId + " has no http(s) endpoint for its SOAP callback service "
                    + "(registry 'endpoint'); got '" + address + "'. 机构未配置回调服务地址。");
        }
        Map<String, String> s = settings == null ? Map.of() : settings;
        String version = s.getOrDefault(SOAP_VERSION, "1.1").trim();
        if (!version.equals("1.1") && !version.equals("1.2")) {
            throw new IllegalStateException("Agency " + agencyId + ": setting soap-version must be 1.1 or 1.2, got '" + version + "'");
        }
        Key key = new Key(agencyId, address, version.equals("1.2"), s.get(USERNAME), Objects.hashCode(s.get(PASSWORD)));
        return clients.computeIfAbsent(key, k -> create(k, s.get(PASSWORD)));
    }

    /**
     * A failed call as an exception that names the partner's endpoint and the root cause (e.g. "Connection
     * refused"), which the hub keeps in the ledger with each failed delivery.
     */
    public static IllegalStateException failure(String operation, String address, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new IllegalStateException(operation + " to " + address + " failed: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()), e);
    }

    private T create(Key key, String password) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(serviceInterface);
        factory.setWsdlURL(wsdl);
        factory.setServiceName(service);
        factory.setEndpointName(key.soap12() ? soap12Port : soap11Port);
        factory.setAddress(key.address());
        if (key.username() != null && !key.username().isBlank()) {
            factory.setUsername(key.username());
            factory.setPassword(password);
        }
        T client = factory.create(serviceInterface);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(connectTimeoutMs);
        policy.setReceiveTimeout(receiveTimeoutMs);
        policy.setAllowChunking(false);
        ((HTTPConduit) ClientProxy.getClient(client).getConduit()).setClient(policy);
        return client;
    }
}
