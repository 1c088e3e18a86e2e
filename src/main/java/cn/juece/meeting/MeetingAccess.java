package cn.juece.meeting;

import java.util.Collection;
import java.util.Set;

import cn.juece.security.Groups;

/**
 * Who may open a meeting's page and minutes: those who sit at or run the collective
 * discussion (office, head, members) and those who oversee it (supervisors, admin). The
 * sponsoring unit, experts, assessors and reviewers contributed materials but do not attend;
 * what members said before the decision is announced is not theirs to read.
 */
public final class MeetingAccess {

    static final Set<String> ATTENDING = Set.of(Groups.OFFICE, Groups.HEAD, Groups.MEMBER, Groups.SUPERVISOR,
            Groups.ADMIN);

    private MeetingAccess() {
    }

    public static boolean maySee(Collection<String> groups) {
        return groups.stream().anyMatch(ATTENDING::contains);
    }
}
