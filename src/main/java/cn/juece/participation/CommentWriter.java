package cn.juece.participation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Group commit of the public's comments (issue 6.3): the request threads hand their checked
 * comments to this node's one writer thread and wait; the writer takes every comment waiting, up
 * to {@link #MAX_BATCH}, and stores them in one transaction ({@link CommentBatch}), so that one
 * commit and one turn at the audit chain's head serve them all. A request is answered only after
 * its batch committed: an acknowledged comment is stored (nodes.CrashRecoveryIT).
 * <p>
 * A request waits {@link #WAIT} at most for the writer to take its comment, then gives up.
 * Taking and giving up are decided under the queue's lock (drainTo and remove): a comment its
 * request removed is never stored; one the writer took first is decided by its batch's commit,
 * which the request then awaits (the batch's transaction has a timeout, so that ends too).
 */
@Component
class CommentWriter implements DisposableBean {

    static final int MAX_BATCH = 256;
    static final Duration WAIT = Duration.ofSeconds(10);

    static final String BUSY = "系统繁忙，您的意见未能提交，请稍后再试";
    static final String NOT_STORED = "系统暂时无法保存意见，您的意见未被接收，请稍后重新提交";
    static final String STOPPING = "系统正在停止服务，您的意见未能提交，请稍后再试";

    private static final Logger log = LoggerFactory.getLogger(CommentWriter.class);
    private static final Pending CLOSE = new Pending(null);

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Function<List<NewComment>, List<Optional<Long>>> store;
    private final Thread writer;
    private volatile boolean closed;

    @Autowired
    CommentWriter(CommentBatch batch) {
        this(batch::store);
    }

    /** @param store stores the comments in one transaction: each one's number, or empty if its consultation is not open */
    CommentWriter(Function<List<NewComment>, List<Optional<Long>>> store) {
        this.store = store;
        this.writer = new Thread(this::run, "comment-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Stores the comment with the others waiting and returns its number once they are committed. */
    long submit(NewComment comment) {
        return await(enqueue(comment), WAIT);
    }

    Pending enqueue(NewComment comment) {
        Pending pending = new Pending(comment);
        if (closed) {
            throw new CommentRefused(STOPPING);
        }
        queue.add(pending);
        // closed meanwhile: the writer may have drained its last batch before this comment came
        if (closed && queue.remove(pending)) {
            throw new CommentRefused(STOPPING);
        }
        return pending;
    }

    long await(Pending pending, Duration wait) {
        try {
            return outcome(pending.outcome.get(wait.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (queue.remove(pending)) {
                throw new CommentRefused(BUSY);
            }
            // taken: in a batch being committed, which decides whether it is stored
            try {
                return outcome(pending.outcome.join());
            } catch (CompletionException refused) {
                throw refusal(refused);
            }
        } catch (ExecutionException refused) {
            throw refusal(refused);
        }
    }

    /** The refusal a batch gave its comments ({@link #write} completes them with nothing else). */
    private static CommentRefused refusal(Exception wrapped) {
        return (CommentRefused) wrapped.getCause();
    }

    /** Stores what is queued, refuses what comes later, and waits for the writer to finish. */
    @Override
    public void destroy() throws InterruptedException {
        closed = true;
        queue.add(CLOSE);
        writer.join(Duration.ofSeconds(2L * CommentBatch.TIMEOUT_SECONDS).toMillis());
        if (writer.isAlive()) {
            log.error("The comment writer did not finish its last batch in time; its requests get no answer");
        }
    }

    private static long outcome(Optional<Long> number) {
        return number.orElseThrow(() -> new CommentRefused(PublicComments.NOT_OPEN));
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            Pending first;
            try {
                // once closed, only what is queued already is stored: a late comment its request
                // took back must not leave the writer waiting for one more
                first = closed ? queue.poll() : queue.take();
            } catch (InterruptedException e) {
                log.error("The comment writer was interrupted; comments are refused from now on");
                closed = true;
                queue.drainTo(batch);
                batch.forEach(pending -> pending.outcome.completeExceptionally(new CommentRefused(STOPPING)));
                return;
            }
            if (first == null) {
                return;
            }
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            batch.removeIf(pending -> pending == CLOSE);
            if (!batch.isEmpty()) {
                write(batch);
            }
            batch.clear();
        }
    }

    private void write(List<Pending> batch) {
        try {
            List<Optional<Long>> numbers = store.apply(batch.stream().map(pending -> pending.comment).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome.complete(numbers.get(i));
            }
        } catch (RuntimeException | Error e) {
            // an Error too: the writer must live on, or every later comment would wait in vain
            log.error("A batch of {} public comments was not stored; each was refused", batch.size(), e);
        } finally {
            // a failed batch: no request is left waiting (completing a stored one again changes nothing)
            batch.forEach(pending -> pending.outcome.completeExceptionally(new CommentRefused(NOT_STORED)));
        }
    }

    /** A comment waiting to be stored, and the outcome its request waits for. */
    static final class Pending {

        private final NewComment comment;
        private final CompletableFuture<Optional<Long>> outcome = new CompletableFuture<>();

        private Pending(NewComment comment) {
            this.comment = comment;
        }
    }
}
