package cn.juece.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CalendarDataLoaderTest {

    // Test data only: a made-up 2027 arrangement, not the State Council's.
    static final String YEAR_2027 = """
            year: 2027
            source: 测试数据
            holidays:
              - 2027-01-01
              - 2027-02-05..2027-02-11
            workingWeekends:
              - 2027-01-31
            """;

    @TempDir
    Path dataDir;

    @Test
    void theClasspathHoldsBothBuiltInYears() {
        CalendarData data = CalendarDataLoader.load(null);

        assertThat(data.regions()).containsExactly("guangxi", "national");
        assertThat(data.years("national")).containsExactly(2025, 2026);
        assertThat(data.years("guangxi")).containsExactly(2025, 2026);
    }

    @Test
    void aYearDroppedIntoTheDataDirectoryWorksWithoutACodeChange() throws IOException {
        write("national/2027.yml", YEAR_2027);

        WorkingDayCalendar calendar = new WorkingDayCalendar(CalendarDataLoader.load(dataDir));

        assertThat(calendar.coveredYears(null)).containsExactly(2025, 2026, 2027);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 31), null)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8), null)).isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1, null)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aRegionWithoutItsLayerForTheYearIsNotCovered() throws IOException {
        write("national/2027.yml", YEAR_2027);

        WorkingDayCalendar calendar = new WorkingDayCalendar(CalendarDataLoader.load(dataDir));

        assertThat(calendar.coveredYears("guangxi")).containsExactly(2025, 2026);
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 4, 8), "guangxi"))
                .isInstanceOf(CalendarDataMissingException.class)
                .hasMessage("工作日历缺少 2027 年的数据（地区：guangxi），请先导入该地区公布的 2027 年节假日安排");
    }

    @Test
    void aDataDirectoryFileReplacesTheBuiltInYear() throws IOException {
        write("national/2026.yml", """
                year: 2026
                source: 更正后的安排（测试数据）
                holidays: [2026-03-02]
                workingWeekends: []
                """);

        WorkingDayCalendar calendar = new WorkingDayCalendar(CalendarDataLoader.load(dataDir));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2), null)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16), null)).isTrue();
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("a working weekend on a Tuesday",
                        YEAR_2027.replace("2027-01-31", "2027-01-05"), "2027-01-05 是星期二，不是周末"),
                Arguments.of("a date of another year",
                        YEAR_2027.replace("2027-01-01", "2026-01-01"), "日期 2026-01-01 不在 2027 年内"),
                Arguments.of("a year that is not the file's",
                        YEAR_2027.replace("year: 2027", "year: 2028"), "year 为 2028，与文件名的年份 2027 不一致"),
                Arguments.of("a day both off and working",
                        YEAR_2027.replace("2027-01-31", "2027-02-06"), "2027-02-06 既列为放假日又列为调休上班日"),
                Arguments.of("a range written backwards",
                        YEAR_2027.replace("2027-02-05..2027-02-11", "2027-02-11..2027-02-05"), "起点晚于终点"),
                Arguments.of("a misspelt field",
                        YEAR_2027.replace("workingWeekends", "workingweekends"), "未知字段 workingweekends"),
                Arguments.of("no source", YEAR_2027.replace("source: 测试数据", ""), "缺少 source"),
                Arguments.of("not a date", YEAR_2027.replace("2027-01-01", "Jan 1"), "无法识别的日期 Jan 1"),
                Arguments.of("broken YAML", YEAR_2027 + "  - [", "不是有效的 YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void aMalformedFileStopsStartUpNamingTheFile(String problem, String content, String message) throws IOException {
        write("national/2027.yml", content);

        assertThatThrownBy(() -> CalendarDataLoader.load(dataDir))
                .isInstanceOf(InvalidCalendarFileException.class)
                .hasMessageContaining(dataDir.resolve("national/2027.yml").toString())
                .hasMessageContaining(message);
    }

    @Test
    void aFileOutsideTheRegionYearLayoutIsRefused() throws IOException {
        write("2027.yml", YEAR_2027);

        assertThatThrownBy(() -> CalendarDataLoader.load(dataDir))
                .hasMessageContaining("2027.yml")
                .hasMessageContaining("<地区>/<年份>.yml");
    }

    @Test
    void aMissingDataDirectoryStopsStartUp() {
        assertThatThrownBy(() -> CalendarDataLoader.load(dataDir.resolve("absent")))
                .hasMessageContaining("juece.calendar.data-dir");
    }

    private void write(String file, String content) throws IOException {
        Path path = dataDir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
