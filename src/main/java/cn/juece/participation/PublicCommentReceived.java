package cn.juece.participation;

/** A citizen's comment stored; published within the transaction that stored it. */
public record PublicCommentReceived(long commentId, long decisionId) {
}
