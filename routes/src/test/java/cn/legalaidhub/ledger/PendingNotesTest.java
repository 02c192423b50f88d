package cn.legalaidhub.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PendingNotesTest {

    @Test
    void notesBeyondOneBatchWaitForTheNextTakeAndNoneIsLost() {
        PendingNotes<Integer> notes = new PendingNotes<>();
        IntStream.range(0, 5_001).forEach(notes::add);

        List<Integer> first = notes.take();
        List<Integer> second = notes.take();

        assertThat(first).hasSize(5_000);
        assertThat(second).containsExactly(5_000);
        List<Integer> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(all).containsExactlyElementsOf(IntStream.range(0, 5_001).boxed().toList());
        assertThat(notes.take()).isEmpty();
    }
}
