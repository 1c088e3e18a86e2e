package cn.juece.participation;

import cn.juece.PostgresTest;

/** {@link CommentGroupCommitTest} on PostgreSQL: batched inserts with their generated numbers, and their rollback. */
@PostgresTest
class CommentGroupCommitOnPostgresTest extends CommentGroupCommitTest {
}
