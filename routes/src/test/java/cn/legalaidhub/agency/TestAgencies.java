package cn.legalaidhub.agency;

import java.util.List;

/** Registry entries for unit tests. */
public final class TestAgencies {

    private TestAgencies() {
    }

    public static AgencyProperties.Entry entry(String id, String kind, String region, String transport, String endpoint,
            String key) {
        AgencyProperties.Entry e = new AgencyProperties.Entry();
        e.setId(id);
        e.setKind(kind);
        e.setName("测试机构 " + id);
        e.setRegion(region);
        e.setTransport(transport);
        e.setEndpoint(endpoint);
        e.setApiKeySha256(AgencyRegistry.sha256(key));
        return e;
    }

    public static AgencyRegistry registry(AgencyProperties.Entry... entries) {
        AgencyProperties properties = new AgencyProperties();
        properties.setAgencies(List.of(entries));
        return new AgencyRegistry(properties);
    }
}
