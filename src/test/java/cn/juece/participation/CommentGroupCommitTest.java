package cn.juece.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.juece.audit.AuditEntry;
import cn.juece.audit.AuditTrail;
import cn.juece.audit.AuditVerifier;
import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;

/** Comments stored in batches on the real database: each one acknowledged only once stored, and vouched for alone. */
class CommentGroupCommitTest extends ProcedureTestBase {

    private static final Pattern COMMENT_ID = Pattern.compile("\"commentId\":(\\d+)");

    @Autowired
    PublicComments comments;
    @Autowired
    CommentBatch batch;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyAcknowledgedCommentIsStoredOnceWithAnAuditLinkOfItsOwn() throws Exception {
        Decision decision = driver.atConsultation();
        ExecutorService citizens = Executors.newFixedThreadPool(32);
        List<Future<Long>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String text = "意见 " + i;
            answers.add(citizens.submit(() -> comments.submit(decision.id(), "市民", null, text)));
        }
        List<Long> acknowledged = new ArrayList<>();
        for (Future<Long> answer : answers) {
            acknowledged.add(answer.get());
        }
        citizens.shutdown();

        assertThat(acknowledged).doesNotHaveDuplicates().hasSize(200);
        assertThat(comments.forDecision(decision.id())).extracting(PublicComment::id)
                .containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(vouchedFor(decision)).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(verifier.verifyChain().intact()).isTrue();
        assertThat(verifier.verifyDossier(decision.reference()).message()).contains("200 条公众意见");
    }

    @Test
    void aCommentForAClosedConsultationIsRefusedAndTheOthersInItsBatchAreStored() throws Exception {
        Decision open = driver.atConsultation();
        Decision closed = driver.atConsultation();
        comments.close(closed.id());
        GatedStore store = new GatedStore(batch::store);
        CommentWriter writer = new CommentWriter(store);
        try {
            CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> writer.submit(comment(open, "一")));
            store.awaitFirstBatch();
            CommentWriter.Pending before = writer.enqueue(comment(open, "二"));
            CommentWriter.Pending late = writer.enqueue(comment(closed, "期满后的意见"));
            CommentWriter.Pending after = writer.enqueue(comment(open, "三"));
            store.open();

            List<Long> stored = List.of(first.get(), writer.await(before, CommentWriter.WAIT),
                    writer.await(after, CommentWriter.WAIT));
            assertThatThrownBy(() -> writer.await(late, CommentWriter.WAIT))
                    .isInstanceOf(CommentRefused.class).hasMessage(PublicComments.NOT_OPEN);
            assertThat(store.batches).hasSize(2);
            assertThat(comments.forDecision(open.id())).extracting(PublicComment::id).containsExactlyElementsOf(stored);
            assertThat(comments.forDecision(closed.id())).isEmpty();
            assertThat(vouchedFor(open)).containsExactlyElementsOf(stored);
            assertThat(verifier.verifyChain().intact()).isTrue();
        } finally {
            writer.destroy();
        }
    }

    @Test
    void aBatchTheDatabaseRefusesRefusesEveryCommentInItAndStoresNone() throws Exception {
        Decision decision = driver.atConsultation();
        // longer than its column: only a comment that skipped PublicComments.submit's checks gets here
        NewComment unstorable = new NewComment(decision.id(), "名".repeat(101), null, "二");
        assertEveryCommentOfTheSecondBatchRefused(decision, batch::store, unstorable);
    }

    @Test
    void aBatchFailingAfterItsAuditLinksLeavesNeitherCommentsNorLinks() throws Exception {
        Decision decision = driver.atConsultation();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        assertEveryCommentOfTheSecondBatchRefused(decision, comments -> transaction.execute(status -> {
            if (comments.size() > 1) {
                batch.store(comments);
                throw new DataAccessResourceFailureException("the database went away at the commit");
            }
            return batch.store(comments);
        }), comment(decision, "二"));
    }

    private void assertEveryCommentOfTheSecondBatchRefused(Decision decision,
            Function<List<NewComment>, List<Optional<Long>>> storage, NewComment second) throws Exception {
        GatedStore store = new GatedStore(storage);
        CommentWriter writer = new CommentWriter(store);
        try {
            CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> writer.submit(comment(decision, "一")));
            store.awaitFirstBatch();
            List<CommentWriter.Pending> failing = List.of(writer.enqueue(comment(decision, "甲")),
                    writer.enqueue(second), writer.enqueue(comment(decision, "乙")));
            store.open();

            long stored = first.get();
            for (CommentWriter.Pending pending : failing) {
                assertThatThrownBy(() -> writer.await(pending, CommentWriter.WAIT))
                        .isInstanceOf(CommentRefused.class).hasMessage(CommentWriter.NOT_STORED);
            }
            assertThat(store.batches).hasSize(2);
            assertThat(comments.forDecision(decision.id())).extracting(PublicComment::id).containsExactly(stored);
            assertThat(vouchedFor(decision)).containsExactly(stored);
            assertThat(verifier.verifyChain().intact()).isTrue();
        } finally {
            writer.destroy();
        }
    }

    private List<Long> vouchedFor(Decision decision) {
        List<Long> ids = new ArrayList<>();
        for (AuditEntry link : trail.about("decision:" + decision.id())) {
            Matcher id = COMMENT_ID.matcher(link.payload());
            if (link.kind().equals("PUBLIC_COMMENT") && id.find()) {
                ids.add(Long.parseLong(id.group(1)));
            }
        }
        return ids;
    }

    private static NewComment comment(Decision decision, String content) {
        return new NewComment(decision.id(), null, null, content);
    }
}
