package cn.juece.meeting;

import java.util.List;

import cn.juece.decision.Decision;

/**
 * One collective discussion as its page and minutes show it: the agenda, the materials, what
 * each present member said in speaking order, and the head's last word. Names, labels and
 * times (Beijing) are ready to show; {@code scheduled} is false until the office has set the
 * meeting, and then the agenda fields are blank. Choices come as code and Chinese label, so
 * that pages can show them in the reader's language.
 *
 * @param headTask the head's open task, once every present member has spoken; null otherwise
 * @param decided  the head's recorded decision; null until the head has spoken
 */
public record Meeting(String id, Decision decision, boolean scheduled, String typeCode, String type, String date,
                      String head, List<String> present, List<Statement> statements, List<String> yetToSpeak,
                      Tally tally, HeadTask headTask, HeadDecision decided, MeetingMaterials.Materials materials,
                      boolean concluded) {

    /** The head speaks last: only when every present member has spoken (Art. 30). */
    public boolean headMaySpeak() {
        return scheduled && yetToSpeak.isEmpty();
    }

    /** Whether this user holds the head's open task, so the page offers them its form. */
    public boolean headTaskHeldBy(String userId) {
        return headTask != null && userId.equals(headTask.assignee());
    }

    /** One member's stated position and words, verbatim. */
    public record Statement(String member, String position, String positionLabel, String text, String time) {

        public boolean dissent() {
            return "DISAGREE".equals(position);
        }
    }

    /**
     * The members' positions counted as the head's rule counts them: 同意 and 修改后同意 agree.
     * {@code majority} is AGREE, DISAGREE, or NONE when neither side is more than half.
     */
    public record Tally(int agree, int disagree, String majority) {

        static Tally of(int agree, int disagree) {
            int spoken = agree + disagree;
            String majority = agree * 2 > spoken ? "AGREE" : disagree * 2 > spoken ? "DISAGREE" : "NONE";
            return new Tally(agree, disagree, majority);
        }

        /** Whether a head's outcome goes against the majority, so that reasons are due. */
        public boolean differs(String outcome) {
            boolean headAdopts = outcome != null && outcome.startsWith("ADOPT");
            return headAdopts ? "DISAGREE".equals(majority) : "AGREE".equals(majority);
        }
    }

    /** The head's open task: its id for the form at /tasks/{id}, and who holds it. */
    public record HeadTask(String id, String assignee) {
    }

    /** What the head decided and said, with the reasons for differing from the majority if any. */
    public record HeadDecision(String outcome, String outcomeLabel, String statement, String requiredChanges,
                               String differsReason, String time, boolean differsFromMajority) {
    }
}
