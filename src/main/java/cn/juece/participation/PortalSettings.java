package cn.juece.participation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many comments one client may send to the portal within a sliding window
 * (application.yml, {@code juece.portal.*}).
 */
@ConfigurationProperties("juece.portal")
record PortalSettings(int commentsPerWindow, Duration window) {

    PortalSettings {
        if (commentsPerWindow < 1) {
            throw new IllegalArgumentException("juece.portal.comments-per-window must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("juece.portal.window must be a positive duration, e.g. PT10M");
        }
    }
}
