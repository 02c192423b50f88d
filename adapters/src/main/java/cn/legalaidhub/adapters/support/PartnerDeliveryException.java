package cn.legalaidhub.adapters.support;

/** The partner did not take a message; the hub redelivers it with backoff, then dead-letters it. */
public class PartnerDeliveryException extends RuntimeException {

    private final int status;

    public PartnerDeliveryException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    public PartnerDeliveryException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The partner's HTTP status, or 0 when it could not be reached. */
    public int status() {
        return status;
    }
}
