package cn.juece.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the built-in {@code calendar/<region>/<year>.yml} files from the classpath (inside
 * the fat jar too), then an operator's data directory with the same layout, whose files
 * add years or replace built-in ones. That is how a new year arrives without a rebuild.
 */
final class CalendarDataLoader {

    static final String CLASSPATH_PATTERN = "classpath*:calendar/*/*.yml";

    private static final Logger log = LoggerFactory.getLogger(CalendarDataLoader.class);
    private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.yml");

    private CalendarDataLoader() {
    }

    static CalendarData load(Path dataDir) {
        Map<String, CalendarYear> layers = new TreeMap<>();
        Map<String, String> origins = new TreeMap<>();
        for (Resource resource : classpathFiles()) {
            CalendarYear year = read(resource);
            String previous = origins.put(key(year), resource.getDescription());
            if (previous != null) {
                throw new IllegalStateException("工作日历数据重复：" + previous + " 与 " + resource.getDescription()
                        + " 都定义了 " + key(year));
            }
            layers.put(key(year), year);
        }
        if (dataDir != null) {
            for (Resource resource : dataDirFiles(dataDir)) {
                CalendarYear year = read(resource);
                if (layers.put(key(year), year) != null) {
                    log.info("Calendar {} from {} replaces the built-in one", key(year), resource.getDescription());
                }
            }
        }
        CalendarData data = new CalendarData(layers.values());
        if (data.years(WorkingDayCalendar.NATIONAL).isEmpty()) {
            throw new IllegalStateException("工作日历没有全国数据：找不到 calendar/national/<年份>.yml");
        }
        data.regions().forEach(region -> log.info("Working-day calendar {}: years {}", region, data.years(region)));
        return data;
    }

    private static String key(CalendarYear year) {
        return year.region() + "/" + year.year();
    }

    private static List<Resource> classpathFiles() {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources(CLASSPATH_PATTERN));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取内置工作日历 " + CLASSPATH_PATTERN, e);
        }
    }

    private static List<Resource> dataDirFiles(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalStateException("工作日历数据目录 " + dataDir.toAbsolutePath()
                    + " 不存在或不是目录（配置项 juece.calendar.data-dir）");
        }
        List<Resource> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(dataDir, 2)) {
            paths.filter(path -> Files.isRegularFile(path) && path.toString().endsWith(".yml")).sorted().forEach(path -> {
                if (!path.getParent().getParent().equals(dataDir)) {
                    throw new IllegalStateException("工作日历文件 " + path + " 位置有误：应放在 <地区>/<年份>.yml");
                }
                files.add(new FileSystemResource(path));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取工作日历数据目录 " + dataDir, e);
        }
        return files;
    }

    private static CalendarYear read(Resource resource) {
        String file = resource.getDescription();
        String[] segments;
        try {
            segments = resource.getURL().getPath().split("/");
        } catch (IOException e) {
            throw new UncheckedIOException("无法定位工作日历文件 " + file, e);
        }
        String region = segments[segments.length - 2];
        Matcher year = YEAR_FILE.matcher(segments[segments.length - 1]);
        if (!REGION.matcher(region).matches() || !year.matches()) {
            throw new InvalidCalendarFileException(file, "文件应按 <地区>/<年份>.yml 命名，地区用小写字母，如 guangxi/2027.yml");
        }
        try (InputStream in = resource.getInputStream()) {
            return CalendarFileParser.parse(file, region, Integer.parseInt(year.group(1)), in);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取工作日历文件 " + file, e);
        }
    }
}
