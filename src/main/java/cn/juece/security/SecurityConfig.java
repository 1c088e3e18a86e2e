package cn.juece.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import org.camunda.bpm.engine.IdentityService;

/**
 * Form login for Juece's pages; HTTP Basic alone for the engine REST API. Camunda's
 * webapps and REST API are for the administrator only (but for completing one's task);
 * Camunda's own CSRF protection applies in its webapps, Spring's on Juece's pages.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The engine REST API is for programs, with HTTP Basic on every request. It ignores the
     * browser session: a page of another site could otherwise make a signed-in browser post to
     * it with the session cookie, and it has no CSRF token to stop that. Its 401 carries no
     * Basic challenge, so a browser never asks for, and never keeps, a password for it.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestFilterChain(HttpSecurity http) throws Exception {
        // path patterns on the whole path: the engine API is Jersey's servlet, not Spring MVC's
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(paths.matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests
                        // Everyone completes their own tasks through the engine API as through the pages;
                        // the procedure rules decide whether they may. All else there is for the administrator.
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/engine-rest/task/*/complete")).authenticated()
                        .anyRequest().hasAuthority(Groups.ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The public portal faces the open internet: a visitor without an account gets no session,
     * so a crowd (or a bot) writes no session rows to the database. A signed-in user's session is
     * read there, never created.
     */
    @Bean
    @Order(2)
    SecurityFilterChain portalFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/portal/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(new PortalCsrfTokens()))
                .addFilterAfter(new PortalCsrfTokens.MadeBeforeThePage(), CsrfFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/portal/**", "/error", "/favicon.ico").permitAll()
                        .requestMatchers("/camunda/**").hasAuthority(Groups.ADMIN)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(SecurityConfig::loginRefused).permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // Camunda's webapps send their own CSRF token, checked by Camunda's filter
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"));
        return http.build();
    }

    /** Back to the login page, saying whether the password was wrong or sign-ins are paused. */
    private static void loginRefused(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException refused) throws IOException {
        response.sendRedirect(request.getContextPath()
                + (refused instanceof LockedException ? "/login?locked" : "/login?error"));
    }

    @Bean
    AuthenticationProvider authenticationProvider(LoginThrottle throttle, UserDetailsService users,
                                                  PasswordEncoder encoder) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(throttle, passwords);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(Directory directory, DemoPassword password, PasswordEncoder encoder) {
        return new DirectoryUsers(directory, password, encoder);
    }

    @Bean
    FilterRegistrationBean<EngineRestAuthentication> engineRestAuthentication(IdentityService identityService) {
        var registration = new FilterRegistrationBean<>(new EngineRestAuthentication(identityService));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(0);
        return registration;
    }

    /** Single sign-on into Cockpit, Tasklist and Admin from the Spring login. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addInitParameter("authentication-provider", SpringSecurityAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(0);
        return registration;
    }
}
