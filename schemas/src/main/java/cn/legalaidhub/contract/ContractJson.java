package cn.legalaidhub.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Jackson settings under which the contract's records read and write documents exactly as the schemas
 * describe them: ISO dates and offset date-times as text (offsets kept), money as BigDecimal, absent
 * fields left out.
 */
public final class ContractJson {

    private ContractJson() {
    }

    /** A new mapper configured by {@link #configure(ObjectMapper)}. */
    public static ObjectMapper newMapper() {
        return configure(new ObjectMapper());
    }

    /** Configures an existing mapper (e.g. Spring's) the same way; returns it. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
