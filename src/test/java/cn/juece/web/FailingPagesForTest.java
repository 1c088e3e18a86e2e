package cn.juece.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test sources only: pages that fail as a bug would, with SQL in the exception's message. */
@RestController
class FailingPagesForTest {

    static final String SECRET = "select password from secret_table where id = 1";

    @GetMapping("/portal/test-failure")
    String failOnThePortal() {
        throw new IllegalStateException(SECRET);
    }

    @GetMapping("/test-failure")
    String failOnAPage() {
        throw new IllegalStateException(SECRET);
    }
}
