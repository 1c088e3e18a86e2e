package cn.juece.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than the request limit before anything reads it. Left to the
 * servlet container, the multipart parsing would fail inside the CSRF check, which then finds
 * no token and answers 403 "无权访问" instead of saying the files are too large.
 */
@Configuration
class UploadSizeGuard {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadSizeLimit(
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequest) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String type = request.getContentType();
                if (type != null && type.toLowerCase().startsWith("multipart/")
                        && request.getContentLengthLong() > maxRequest.toBytes()) {
                    response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
