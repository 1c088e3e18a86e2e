package cn.juece.catalogue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.juece.catalogue.ImportRefused.RowProblem;
import cn.juece.security.Directory;

/**
 * Reads a catalogue's items from a CSV file (UTF-8, a header row, then 事项名称, 类别代码,
 * 承办单位, 需履行程序, 是否听证 是/否, 计划完成时间). Every row is checked; one bad row refuses the file.
 */
@Component
class CsvItems {

    static final List<String> COLUMNS = List.of("事项名称", "类别代码", "承办单位", "需履行程序", "是否听证", "计划完成时间");
    static final int MAX_ROWS = 1000;
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));

    private final ItemRules rules;
    private final Directory directory;

    CsvItems(ItemRules rules, Directory directory) {
        this.rules = rules;
        this.directory = directory;
    }

    List<ItemFields> read(byte[] content, int catalogueYear, List<String> existingMatters) {
        List<CsvRecords.Record> records = XlsxRecords.isWorkbook(content) ? XlsxRecords.parse(content)
                : CsvRecords.parse(decode(content));
        List<RowProblem> problems = new ArrayList<>();
        if (records.isEmpty()) {
            throw new ImportRefused(List.of(new RowProblem(1, "文件为空，第 1 行应为表头：" + String.join(",", COLUMNS))));
        }
        if (records.get(0).fields().size() != COLUMNS.size()) {
            problems.add(new RowProblem(1, "表头应为 " + COLUMNS.size() + " 列：" + String.join(",", COLUMNS)));
        }
        List<ItemFields> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<CsvRecords.Record> rows = records.subList(1, records.size()).stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            problems.add(new RowProblem(1, "表头之后没有任何事项"));
        }
        if (rows.size() > MAX_ROWS) {
            throw new ImportRefused(List.of(new RowProblem(1, "一次最多导入 " + MAX_ROWS + " 个事项")));
        }
        for (CsvRecords.Record row : rows) {
            List<String> rowProblems = new ArrayList<>();
            ItemFields item = item(row.fields(), catalogueYear, rowProblems);
            if (item != null) {
                Integer earlier = seen.putIfAbsent(item.matter(), row.line());
                if (earlier != null && !item.matter().isEmpty()) {
                    rowProblems.add("事项名称与第 " + earlier + " 行重复");
                } else if (existingMatters.contains(item.matter())) {
                    rowProblems.add("目录中已有同名事项「" + item.matter() + "」");
                }
                items.add(item);
            }
            rowProblems.forEach(problem -> problems.add(new RowProblem(row.line(), problem)));
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        return items;
    }

    private ItemFields item(List<String> columns, int catalogueYear, List<String> problems) {
        if (columns.size() != COLUMNS.size()) {
            problems.add("应有 " + COLUMNS.size() + " 列，实有 " + columns.size() + " 列");
            return null;
        }
        String category = Categories.code(columns.get(1).strip()).orElse(columns.get(1).strip());
        String unit = unit(columns.get(2).strip());
        Boolean hearing = switch (columns.get(4).strip()) {
            case "是" -> true;
            case "否" -> false;
            default -> null;
        };
        if (hearing == null) {
            problems.add("是否听证应填“是”或“否”，实为「" + columns.get(4).strip() + "」");
        }
        LocalDate target = date(columns.get(5).strip(), problems);
        ItemFields item = new ItemFields(columns.get(0), category, unit, columns.get(3), Boolean.TRUE.equals(hearing),
                target);
        rules.check(item, catalogueYear).stream()
                // a date that did not parse is reported once, by date(), not again as missing
                .filter(p -> !(p.field().equals("targetDate") && target == null && !columns.get(5).isBlank()))
                .forEach(p -> problems.add(p.message()));
        return item;
    }

    /** A unit's id, or its name as the directory writes it. */
    private String unit(String value) {
        return directory.units().entrySet().stream().filter(e -> e.getValue().equals(value))
                .map(Map.Entry::getKey).findFirst().orElse(value);
    }

    private static LocalDate date(String value, List<String> problems) {
        if (value.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        problems.add("计划完成时间「" + value + "」不是有效日期，应写作 2026-12-31");
        return null;
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportRefused(List.of(new RowProblem(1,
                    "文件不是 UTF-8 编码；请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”后再导入")));
        }
    }
}
