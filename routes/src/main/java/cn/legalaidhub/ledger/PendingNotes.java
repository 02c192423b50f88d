package cn.legalaidhub.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Notes the ledger writes in batches rather than one commit each (a message handed to the broker,
 * a message that reached an inbox): any thread adds, a timer takes them a batch at a time.
 */
public final class PendingNotes<T> {

    private static final int MAX_BATCH = 5_000;

    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();

    public void add(T note) {
        queue.add(note);
    }

    /** The notes added since the last call, at most one batch; the rest wait for the next call. */
    public List<T> take() {
        List<T> batch = new ArrayList<>();
        T note;
        // the size is checked before polling: a note taken from the queue is always returned
        while (batch.size() < MAX_BATCH && (note = queue.poll()) != null) {
            batch.add(note);
        }
        return batch;
    }
}
