package cn.juece.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingDisclosureTest {

    @ParameterizedTest
    @ValueSource(strings = {"sponsor", "expert", "assessor", "reviewer", "legal-adviser"})
    void whoMayNotOpenTheMeetingReadsNoMembersWordsButTheHeadsDecision(String group) {
        MeetingDisclosure disclosure = MeetingDisclosure.to(List.of(group, "unit-edu"));

        assertThat(disclosure.readsTheMeeting()).isFalse();
        assertThat(disclosure.withholds("Task_MemberOpinion")).isTrue();
        assertThat(disclosure.withholds("Task_HeadDecision")).isFalse();
        assertThat(disclosure.withholds("Task_ScheduleMeeting")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"office", "head", "member", "supervisor", "admin"})
    void whoMayOpenTheMeetingReadsEverything(String group) {
        MeetingDisclosure disclosure = MeetingDisclosure.to(List.of(group));

        assertThat(disclosure.readsTheMeeting()).isTrue();
        assertThat(disclosure.withholds("Task_MemberOpinion")).isFalse();
    }
}
