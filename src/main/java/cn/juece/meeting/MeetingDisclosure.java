package cn.juece.meeting;

import java.util.Collection;

/**
 * What of a collective discussion a decision's dossier shows its reader. Whoever
 * {@link MeetingAccess} admits to the meeting reads it all. Everyone else (the sponsoring
 * unit, experts, assessors, reviewers, legal advisers) reads that each member spoke and when,
 * never what they said: members speak freely only if those whose draft is being discussed
 * cannot follow their positions while the head has yet to decide (Art. 30).
 * <p>
 * The head's decision is recorded once the head has spoken, and then it is the outcome that
 * leaves the room: the decision, published with its adoption explanation (Art. 32). Each
 * member's words, dissent included, stay withheld after it too: the law has them recorded
 * in the minutes (Art. 30) for accountability, which is read by those at the meeting and by
 * the supervisors (Art. 38-41), not published to the units whose draft was discussed.
 */
public final class MeetingDisclosure {

    private final boolean readsTheMeeting;

    private MeetingDisclosure(boolean readsTheMeeting) {
        this.readsTheMeeting = readsTheMeeting;
    }

    /** What someone in these groups is shown. */
    public static MeetingDisclosure to(Collection<String> groups) {
        return new MeetingDisclosure(MeetingAccess.maySee(groups));
    }

    /** Whether the reader may open the meeting page and minutes themselves. */
    public boolean readsTheMeeting() {
        return readsTheMeeting;
    }

    /** Whether what a dossier entry of this activity holds (its fields, its files) is kept from the reader. */
    public boolean withholds(String activityId) {
        return !readsTheMeeting && MeetingRecord.MEMBER_TASK.equals(activityId);
    }
}
