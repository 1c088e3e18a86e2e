package cn.juece.bench;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Two doors that take the comment form and store nothing, for the intake benchmark's floors: how
 * many POSTs per second the machine answers through the same stack without Juece's work, so the
 * comment rate can be read against what the machine and the web stack allow at all.
 * <ul>
 * <li>{@code /portal/bench-floor/{id}/comments}: the portal's security chain (CSRF checked) and
 * Spring MVC binding and validating the form, then the same redirect as a stored comment;</li>
 * <li>{@code /bench-raw/comments}: a plain servlet behind Tomcat and the servlet filters, outside
 * Spring Security, reading the form and redirecting.</li>
 * </ul>
 * Only the benchmark's context has them.
 */
@TestConfiguration(proxyBeanMethods = false)
class IntakeFloors {

    static final String FRAMEWORK = "/portal/bench-floor/";
    static final String RAW = "/bench-raw/comments";

    @Bean
    ServletRegistrationBean<HttpServlet> rawFloor() {
        return new ServletRegistrationBean<>(new RawFloor(), RAW);
    }

    @Bean
    WebSecurityCustomizer rawFloorOutsideSecurity() {
        return web -> web.ignoring().requestMatchers(RAW);
    }

    record FloorForm(String name, String contact, @NotBlank @Size(max = 5000) String text) {
    }

    /** Registered as a member class of this configuration. */
    @Controller
    static class FrameworkFloor {

        @PostMapping(FRAMEWORK + "{id}/comments")
        String accept(@PathVariable long id, @Valid @ModelAttribute("form") FloorForm form, BindingResult result) {
            return result.hasErrors() ? "error" : "redirect:" + FRAMEWORK + id + "?received=1";
        }
    }

    static class RawFloor extends HttpServlet {

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String text = request.getParameter("text");
            if (text == null || text.isBlank()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            response.sendRedirect(RAW + "?received=1");
        }
    }
}
