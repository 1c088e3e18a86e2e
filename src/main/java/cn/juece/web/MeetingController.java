package cn.juece.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.juece.meeting.Meeting;
import cn.juece.meeting.MeetingAccess;
import cn.juece.meeting.MeetingView;

/**
 * A collective discussion (集体讨论决定, Art. 29-30): its agenda and materials, the members'
 * opinions in speaking order, the head's last word; and its printable minutes (会议纪要).
 */
@Controller
class MeetingController {

    static final String MEETING_VIEW = "meeting/meeting";
    static final String MINUTES_VIEW = "meeting/minutes";

    private final MeetingView meetings;

    MeetingController(MeetingView meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable String id, Authentication authentication, Model model) {
        Meeting meeting = visible(id, authentication);
        model.addAttribute("meeting", meeting);
        model.addAttribute("mayDecide", meeting.headTaskHeldBy(authentication.getName()));
        return MEETING_VIEW;
    }

    @GetMapping("/meetings/{id}/minutes")
    String minutes(@PathVariable String id, Authentication authentication, Model model) {
        model.addAttribute("meeting", visible(id, authentication));
        return MINUTES_VIEW;
    }

    /** The decision's meeting under way (else its latest), for links that know only the decision. */
    @GetMapping(path = "/meetings", params = "decision")
    String ofDecision(@RequestParam long decision, Authentication authentication) {
        refuseOutsiders(authentication);
        return "redirect:/meetings/" + meetings.latestOf(decision).orElseThrow(DossierController.NotFound::new);
    }

    private Meeting visible(String id, Authentication authentication) {
        // refused before looking up, so that outsiders cannot probe which meetings exist
        refuseOutsiders(authentication);
        return meetings.find(id).orElseThrow(DossierController.NotFound::new);
    }

    private static void refuseOutsiders(Authentication authentication) {
        if (!MeetingAccess.maySee(CurrentUser.of(authentication).groups())) {
            throw new DossierController.Refused();
        }
    }
}
