package cn.juece.calendar;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataDir optional folder laid out as {@code <region>/<year>.yml}; its files add years
 *                to (or replace) the built-in calendar, so a new year needs no rebuild
 */
@ConfigurationProperties("juece.calendar")
record CalendarProperties(String dataDir) {

    /** A blank setting means none, so {@code data-dir: ${JUECE_CALENDAR_DIR:}} works. */
    Path dataDirPath() {
        return dataDir == null || dataDir.isBlank() ? null : Path.of(dataDir.strip());
    }
}
