package cn.juece.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The group commit's rules, with the database replaced by numbers counted in memory. */
class CommentWriterTest {

    private static final long OPEN = 1;
    private static final long CLOSED = 2;

    private final AtomicLong numbers = new AtomicLong();
    private final GatedStore store = new GatedStore(comments -> {
        if (comments.stream().anyMatch(comment -> comment.content().equals("数据库故障"))) {
            throw new IllegalStateException("the database went away");
        }
        return comments.stream().map(comment -> comment.decisionId() == CLOSED ? Optional.<Long>empty()
                : Optional.of(numbers.incrementAndGet())).toList();
    });
    private final CommentWriter writer = new CommentWriter(store);

    @AfterEach
    void stopWriter() throws InterruptedException {
        store.open();
        writer.destroy();
    }

    @Test
    void commentsArrivingWhileABatchCommitsAreStoredTogetherInTheNext() throws Exception {
        CompletableFuture<Long> first = submitted(comment(OPEN, "一"));
        store.awaitFirstBatch();
        List<CommentWriter.Pending> waiting = List.of(writer.enqueue(comment(OPEN, "二")),
                writer.enqueue(comment(OPEN, "三")), writer.enqueue(comment(OPEN, "四")));
        store.open();

        assertThat(first.get()).isEqualTo(1);
        assertThat(waiting).extracting(pending -> writer.await(pending, CommentWriter.WAIT)).containsExactly(2L, 3L, 4L);
        assertThat(store.batches).extracting(batch -> batch.stream().map(NewComment::content).toList())
                .containsExactly(List.of("一"), List.of("二", "三", "四"));
    }

    @Test
    void aCommentForAClosedConsultationIsRefusedAndTheOthersInItsBatchAreStored() throws Exception {
        CompletableFuture<Long> first = submitted(comment(OPEN, "一"));
        store.awaitFirstBatch();
        CommentWriter.Pending before = writer.enqueue(comment(OPEN, "二"));
        CommentWriter.Pending late = writer.enqueue(comment(CLOSED, "期满后的意见"));
        CommentWriter.Pending after = writer.enqueue(comment(OPEN, "三"));
        store.open();

        assertThat(first.get()).isEqualTo(1);
        assertThat(writer.await(before, CommentWriter.WAIT)).isEqualTo(2);
        assertThatThrownBy(() -> writer.await(late, CommentWriter.WAIT))
                .isInstanceOf(CommentRefused.class).hasMessage(PublicComments.NOT_OPEN);
        assertThat(writer.await(after, CommentWriter.WAIT)).isEqualTo(3);
        assertThat(store.batches).hasSize(2);
    }

    @Test
    void aBatchThatFailsRefusesEveryCommentInItAndTheWriterGoesOn() throws Exception {
        CompletableFuture<Long> first = submitted(comment(OPEN, "一"));
        store.awaitFirstBatch();
        List<CommentWriter.Pending> failing = List.of(writer.enqueue(comment(OPEN, "二")),
                writer.enqueue(comment(OPEN, "数据库故障")), writer.enqueue(comment(OPEN, "三")));
        store.open();

        assertThat(first.get()).isEqualTo(1);
        for (CommentWriter.Pending pending : failing) {
            assertThatThrownBy(() -> writer.await(pending, CommentWriter.WAIT))
                    .isInstanceOf(CommentRefused.class).hasMessage(CommentWriter.NOT_STORED);
        }
        assertThat(writer.submit(comment(OPEN, "四"))).isEqualTo(2);
    }

    @Test
    void aCommentWhoseRequestGaveUpWhileItWaitedIsNeverStored() throws Exception {
        CompletableFuture<Long> first = submitted(comment(OPEN, "一"));
        store.awaitFirstBatch();
        CommentWriter.Pending abandoned = writer.enqueue(comment(OPEN, "放弃等待"));

        assertThatThrownBy(() -> writer.await(abandoned, Duration.ZERO))
                .isInstanceOf(CommentRefused.class).hasMessage(CommentWriter.BUSY);
        store.open();
        assertThat(first.get()).isEqualTo(1);
        assertThat(writer.submit(comment(OPEN, "二"))).isEqualTo(2);
        assertThat(store.batches).extracting(batch -> batch.stream().map(NewComment::content).toList())
                .containsExactly(List.of("一"), List.of("二"));
    }

    @Test
    void aCommentAlreadyTakenIntoABatchIsAnsweredByThatBatchThoughItsRequestStoppedWaiting() throws Exception {
        CommentWriter.Pending taken = writer.enqueue(comment(OPEN, "一"));
        store.awaitFirstBatch();
        Thread opener = gateOpenedOnceThisRequestWaitsForItsBatch();

        assertThat(writer.await(taken, Duration.ZERO)).isEqualTo(1);
        opener.join();
    }

    @Test
    void aCommentAlreadyTakenIntoABatchThatFailsIsRefusedWithTheMessageThoughItsRequestStoppedWaiting()
            throws Exception {
        CommentWriter.Pending taken = writer.enqueue(comment(OPEN, "数据库故障"));
        store.awaitFirstBatch();
        Thread opener = gateOpenedOnceThisRequestWaitsForItsBatch();

        assertThatThrownBy(() -> writer.await(taken, Duration.ZERO))
                .isInstanceOf(CommentRefused.class).hasMessage(CommentWriter.NOT_STORED);
        opener.join();
    }

    @Test
    void onShutdownTheQueuedCommentsAreStoredAndLaterOnesRefused() throws Exception {
        CompletableFuture<Long> first = submitted(comment(OPEN, "一"));
        store.awaitFirstBatch();
        CommentWriter.Pending queued = writer.enqueue(comment(OPEN, "二"));
        Thread shutdown = new Thread(() -> {
            try {
                writer.destroy();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        shutdown.start();
        // parked in its bounded join on the writer, so it has closed the door
        GatedStore.awaitState(shutdown, Thread.State.TIMED_WAITING);

        assertThatThrownBy(() -> writer.enqueue(comment(OPEN, "三")))
                .isInstanceOf(CommentRefused.class).hasMessage(CommentWriter.STOPPING);
        store.open();
        shutdown.join();
        assertThat(first.get()).isEqualTo(1);
        assertThat(writer.await(queued, CommentWriter.WAIT)).isEqualTo(2);
        assertThat(store.batches).hasSize(2);
    }

    /** Opens the store's gate once this thread, having given up waiting, is parked on its batch's outcome. */
    private Thread gateOpenedOnceThisRequestWaitsForItsBatch() {
        Thread request = Thread.currentThread();
        Thread opener = new Thread(() -> {
            GatedStore.awaitState(request, Thread.State.WAITING);
            store.open();
        });
        opener.start();
        return opener;
    }

    private CompletableFuture<Long> submitted(NewComment comment) {
        return CompletableFuture.supplyAsync(() -> writer.submit(comment));
    }

    private static NewComment comment(long decisionId, String content) {
        return new NewComment(decisionId, null, null, content);
    }
}
