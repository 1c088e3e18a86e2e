package cn.juece.participation;

/** A comment refused because its client has sent as many as the portal takes for now. */
public class TooManyComments extends CommentRefused {

    TooManyComments() {
        super("提交过于频繁，请稍后再试");
    }
}
