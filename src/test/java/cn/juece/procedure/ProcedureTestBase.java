package cn.juece.procedure;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.JueceTest;

/** Process tests: the whole application, the engine clock at {@link ProcedureDriver#START}. */
@JueceTest
public abstract class ProcedureTestBase {

    @Autowired
    protected ProcedureDriver driver;

    @BeforeEach
    void setClock() {
        driver.resetClock();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }
}
