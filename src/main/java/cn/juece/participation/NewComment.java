package cn.juece.participation;

/** A comment from the public that passed its checks of content and length, on its way to be stored. */
record NewComment(long decisionId, String authorName, String contact, String content) {
}
