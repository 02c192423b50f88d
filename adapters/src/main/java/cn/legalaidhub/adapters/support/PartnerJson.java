package cn.legalaidhub.adapters.support;

import cn.legalaidhub.contract.ContractJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The adapters' Jackson settings: the contract's, and money written as given (186500.00, never 1.865E+5). */
public final class PartnerJson {

    private PartnerJson() {
    }

    public static ObjectMapper newMapper() {
        return ContractJson.newMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }
}
