package cn.juece.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import org.camunda.bpm.engine.IdentityService;

/**
 * Form login for Juece's pages; HTTP Basic as well for the engine REST API. Camunda's
 * webapps and REST API are for the administrator only; their own CSRF protection applies
 * there, Spring's everywhere else.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/portal/**", "/error", "/favicon.ico").permitAll()
                        // Everyone completes their own tasks through the engine API as through the pages;
                        // the procedure rules decide whether they may. All else there is for the administrator.
                        .requestMatchers(HttpMethod.POST, "/engine-rest/task/*/complete").authenticated()
                        .requestMatchers("/camunda/**", "/engine-rest/**").hasAuthority(Groups.ADMIN)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(SecurityConfig::loginRefused).permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**", "/engine-rest/**"));
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
