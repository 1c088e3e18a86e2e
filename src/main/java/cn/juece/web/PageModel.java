package cn.juece.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.juece.notice.Notices;
import cn.juece.security.Directory;
import cn.juece.security.Groups;

/** What every page's header shows: who is signed in and what they may open. */
@ControllerAdvice
class PageModel {

    private final Directory directory;
    private final Notices notices;

    PageModel(Directory directory, Notices notices) {
        this.directory = directory;
        this.notices = notices;
    }

    /** The bell's count: the signed-in user's unread notices. */
    @ModelAttribute("unreadNotices")
    Integer unreadNotices(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        return notices.unread(authentication.getName());
    }

    @ModelAttribute("me")
    SignedInUser me(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        CurrentUser user = CurrentUser.of(authentication);
        String roles = String.join("、", user.groups().stream()
                .map(group -> Groups.ROLE_NAMES.getOrDefault(group, directory.unitName(group))).toList());
        return new SignedInUser(user.id(), directory.displayName(user.id()), roles, user.isIn(Groups.SPONSOR),
                user.isIn(Groups.ADMIN), user.isIn(Groups.OFFICE));
    }
}
