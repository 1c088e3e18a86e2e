package cn.juece.calendar;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads and checks one {@code <region>/<year>.yml} file; a file that is wrong is refused whole. */
final class CalendarFileParser {

    private static final Set<String> KEYS = Set.of("year", "source", "note", "holidays", "workingWeekends");
    private static final Pattern RANGE = Pattern.compile("\\s*\\.\\.\\s*");

    private CalendarFileParser() {
    }

    static CalendarYear parse(String file, String region, int fileYear, InputStream in) {
        Map<?, ?> root = readYaml(file, in);
        for (Object key : root.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new InvalidCalendarFileException(file, "未知字段 " + key + "，允许的字段为 " + KEYS);
            }
        }
        if (!(root.get("year") instanceof Integer year)) {
            throw new InvalidCalendarFileException(file, "缺少整数字段 year");
        }
        if (year != fileYear) {
            throw new InvalidCalendarFileException(file, "year 为 " + year + "，与文件名的年份 " + fileYear + " 不一致");
        }
        if (!(root.get("source") instanceof String source) || source.isBlank()) {
            throw new InvalidCalendarFileException(file, "缺少 source（所依据的放假通知）");
        }
        Set<LocalDate> holidays = dates(file, year, root.get("holidays"), "holidays");
        Set<LocalDate> workingWeekends = dates(file, year, root.get("workingWeekends"), "workingWeekends");
        for (LocalDate day : workingWeekends) {
            if (holidays.contains(day)) {
                throw new InvalidCalendarFileException(file, day + " 既列为放假日又列为调休上班日");
            }
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                throw new InvalidCalendarFileException(file, "调休上班日 " + day + " 是"
                        + weekday.getDisplayName(TextStyle.FULL, Locale.SIMPLIFIED_CHINESE) + "，不是周末");
            }
        }
        return new CalendarYear(region, year, source.strip(), holidays, workingWeekends);
    }

    private static Map<?, ?> readYaml(String file, InputStream in) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, new NoTimestampResolver());
        try {
            if (yaml.load(in) instanceof Map<?, ?> root) {
                return root;
            }
        } catch (YAMLException e) {
            throw new InvalidCalendarFileException(file, "不是有效的 YAML：" + e.getMessage(), e);
        }
        throw new InvalidCalendarFileException(file, "内容应为包含 year、source、holidays、workingWeekends 的映射");
    }

    private static Set<LocalDate> dates(String file, int year, Object value, String field) {
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof List<?> entries)) {
            throw new InvalidCalendarFileException(file, field + " 应为日期列表");
        }
        Set<LocalDate> days = new HashSet<>();
        for (Object entry : entries) {
            String text = String.valueOf(entry).strip();
            String[] ends = RANGE.split(text, -1);
            if (ends.length > 2) {
                throw new InvalidCalendarFileException(file, "无法识别的日期 " + text);
            }
            LocalDate first = date(file, year, ends[0], text);
            LocalDate last = ends.length == 2 ? date(file, year, ends[1], text) : first;
            if (last.isBefore(first)) {
                throw new InvalidCalendarFileException(file, "日期范围 " + text + " 的起点晚于终点");
            }
            first.datesUntil(last.plusDays(1)).forEach(days::add);
        }
        return days;
    }

    private static LocalDate date(String file, int year, String text, String entry) {
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCalendarFileException(file,
                    "无法识别的日期 " + entry + "，应写作 2026-01-01 或 2026-01-01..2026-01-03");
        }
        if (day.getYear() != year) {
            throw new InvalidCalendarFileException(file, "日期 " + day + " 不在 " + year + " 年内");
        }
        return day;
    }

    /** Keeps dates as text: SnakeYAML would otherwise turn them into java.util.Date at UTC midnight. */
    private static final class NoTimestampResolver extends Resolver {

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
