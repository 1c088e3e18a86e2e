package cn.juece.participation;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * Storage for a {@link CommentWriter} under test: holds the writer in its first batch until the
 * test opens the gate, so that the comments queued meanwhile make up the next batch, whole.
 */
final class GatedStore implements Function<List<NewComment>, List<Optional<Long>>> {

    final List<List<NewComment>> batches = new CopyOnWriteArrayList<>();

    private final Function<List<NewComment>, List<Optional<Long>>> store;
    private final CountDownLatch inFirstBatch = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);

    GatedStore(Function<List<NewComment>, List<Optional<Long>>> store) {
        this.store = store;
    }

    @Override
    public List<Optional<Long>> apply(List<NewComment> comments) {
        batches.add(comments);
        if (batches.size() == 1) {
            inFirstBatch.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return store.apply(comments);
    }

    /** Waits until the writer is busy with its first batch: whatever is queued now waits for the next. */
    void awaitFirstBatch() throws InterruptedException {
        inFirstBatch.await();
    }

    void open() {
        gate.countDown();
    }

    /** Waits until the thread is parked: WAITING in a wait without timeout, TIMED_WAITING in one with. */
    static void awaitState(Thread thread, Thread.State parked) {
        while (thread.getState() != parked) {
            Thread.onSpinWait();
        }
    }
}
