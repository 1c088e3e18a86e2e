package cn.juece.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

class WorkingDayCalendarWiringTest {

    @TempDir
    Path dataDir;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CalendarBeans.class);

    @Test
    void theDataDirSettingAddsItsYearsToTheCalendarBean() throws IOException {
        Files.createDirectories(dataDir.resolve("national"));
        Files.writeString(dataDir.resolve("national/2027.yml"), CalendarDataLoaderTest.YEAR_2027);

        context.withPropertyValues("juece.calendar.data-dir=" + dataDir).run(beans -> {
            assertThat(beans.getBean(WorkingDayCalendar.class).coveredYears(null)).containsExactly(2025, 2026, 2027);
            assertThat(beans).hasSingleBean(WorkingDayCalendarPlugin.class);
        });
    }

    @Test
    void aBlankDataDirSettingMeansTheBuiltInDataAlone() {
        context.withPropertyValues("juece.calendar.data-dir=").run(beans ->
                assertThat(beans.getBean(WorkingDayCalendar.class).coveredYears(null)).containsExactly(2025, 2026));
    }

    @Test
    void aBadFileInTheDataDirStopsStartUp() throws IOException {
        Files.createDirectories(dataDir.resolve("national"));
        Files.writeString(dataDir.resolve("national/2027.yml"), "year: 2028\nsource: 测试数据\n");

        context.withPropertyValues("juece.calendar.data-dir=" + dataDir).run(beans ->
                assertThat(beans).getFailure().rootCause()
                        .isInstanceOf(InvalidCalendarFileException.class)
                        .hasMessageContaining("national/2027.yml"));
    }

    @EnableConfigurationProperties(CalendarProperties.class)
    @Import({WorkingDayCalendar.class, WorkingDayCalendarPlugin.class})
    static class CalendarBeans {
    }
}
