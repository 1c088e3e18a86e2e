package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which tab of the 工作台 a user lands on: their own work first. */
class TaskListLandingTest {

    @ParameterizedTest(name = "asked {0}, {1} mine, {2} offered to my groups: {3}")
    @CsvSource(nullValues = "none", value = {
            "none,  2, 5, mine",
            "none,  0, 5, group",
            "none,  0, 0, mine",
            "mine,  0, 5, mine",
            "group, 3, 0, group",
            "done,  0, 5, done",
            "bogus, 0, 5, mine"})
    void landsOnAssignedWorkElseOnTheGroupsWaitingWork(String asked, int mine, int group, String shown) {
        assertThat(TaskListController.shownTab(asked, mine, group)).isEqualTo(shown);
    }
}
