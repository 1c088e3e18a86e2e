package cn.juece.participation;

/** A public comment that cannot be accepted; the message says why, in Chinese. */
public class CommentRefused extends RuntimeException {

    public CommentRefused(String message) {
        super(message);
    }
}
