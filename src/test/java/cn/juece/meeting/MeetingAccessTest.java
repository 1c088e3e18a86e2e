package cn.juece.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingAccessTest {

    @ParameterizedTest
    @ValueSource(strings = {"office", "head", "member", "supervisor", "admin"})
    void whoAttendsOrOverseesTheMeetingMaySeeIt(String group) {
        assertThat(MeetingAccess.maySee(List.of(group))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sponsor", "expert", "assessor", "reviewer", "legal-adviser", "camunda-admin", "unit-office"})
    void whoOnlyContributedMaterialsMayNot(String group) {
        assertThat(MeetingAccess.maySee(List.of(group))).isFalse();
    }

    @Test
    void anAttendingRoleBesideAUnitGroupIsEnough() {
        assertThat(MeetingAccess.maySee(List.of("unit-office", "office"))).isTrue();
        assertThat(MeetingAccess.maySee(List.of("sponsor", "unit-edu"))).isFalse();
    }
}
