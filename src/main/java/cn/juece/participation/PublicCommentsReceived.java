package cn.juece.participation;

import java.util.List;

/** Citizens' comments stored together; published within the one transaction that stored them all. */
public record PublicCommentsReceived(List<Long> commentIds) {

    public PublicCommentsReceived {
        commentIds = List.copyOf(commentIds);
    }
}
