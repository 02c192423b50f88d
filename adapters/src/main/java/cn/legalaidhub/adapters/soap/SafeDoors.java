package cn.legalaidhub.adapters.soap;

import cn.legalaidhub.adapters.support.HubDoors;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A door call whose failure inside the hub becomes a 503 answer, so a SOAP partner gets its own fault
 * ("try again later") and never a stack trace or an internal message.
 */
public final class SafeDoors {

    private static final Logger log = LoggerFactory.getLogger(SafeDoors.class);

    private SafeDoors() {
    }

    public static HubDoors.Answer call(Supplier<HubDoors.Answer> door) {
        try {
            return door.get();
        } catch (RuntimeException e) {
            log.error("A door of the hub failed for a SOAP partner", e);
            return new HubDoors.Answer(503, JsonNodeFactory.instance.objectNode().put("title", "Unavailable 暂不可用")
                    .put("detail", "The hub could not complete the request; nothing was accepted. Try again later. 请稍后重试。"));
        }
    }
}
