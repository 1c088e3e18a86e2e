package cn.juece.procedure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/** Test sources only: an engine REST resource failing as a broken query would, SQL in its message. */
@Path("/test-failure")
public class FailingEngineResourceForTest {

    public static final String SECRET = "### SQL: select password from secret_table";

    @GET
    @Produces("application/json")
    public String fail() {
        throw new ProcessEngineException("Error querying database. " + SECRET);
    }

    @Component
    static class Registration implements ResourceConfigCustomizer {
        @Override
        public void customize(org.glassfish.jersey.server.ResourceConfig config) {
            config.register(FailingEngineResourceForTest.class);
        }
    }
}
