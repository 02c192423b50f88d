package cn.legalaidhub.ledger;

/** Another change to the same referral was committed first; the caller may reload and retry. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String referralId) {
        super("Referral " + referralId + " was changed concurrently");
    }
}
