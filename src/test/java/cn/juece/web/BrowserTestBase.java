package cn.juece.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.juece.procedure.ProcedureTestBase;

/** Browser tests: the whole application on its port, a fresh headless Chromium for each test. */
abstract class BrowserTestBase extends ProcedureTestBase {

    @LocalServerPort
    int port;
    @Value("${juece.demo.password}")
    String password;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
