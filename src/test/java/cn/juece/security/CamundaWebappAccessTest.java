package cn.juece.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import cn.juece.JueceTest;

/** Cockpit, Tasklist and Admin are the administrator's; other roles are turned away. */
@JueceTest
class CamundaWebappAccessTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void onlyTheAdministratorOpensTheCamundaWebapps() {
        for (String app : new String[] {"cockpit", "tasklist", "admin"}) {
            String page = "/camunda/app/" + app + "/default/";
            assertThat(rest.withBasicAuth("head1", "test-secret").getForEntity(page, String.class).getStatusCode())
                    .as("head1 on %s", app).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(rest.withBasicAuth("supervisor1", "test-secret").getForEntity(page, String.class)
                    .getStatusCode()).as("supervisor1 on %s", app).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(rest.withBasicAuth("admin", "test-secret").getForEntity(page, String.class).getStatusCode())
                    .as("admin on %s", app).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void anonymousVisitorsAreAskedToLogIn() {
        var cockpit = rest.getForEntity("/camunda/app/cockpit/default/", String.class);
        assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cockpit.getBody()).contains("重大行政决策程序管理系统").doesNotContain("Cockpit");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(rest.withBasicAuth("admin", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
