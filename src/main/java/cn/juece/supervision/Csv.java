package cn.juece.supervision;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** CSV for Excel: UTF-8 with a byte order mark (else Excel reads Chinese as mojibake), CRLF, quoted as RFC 4180. */
public final class Csv {

    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static byte[] of(List<List<String>> rows) {
        return (BOM + rows.stream().map(Csv::line).collect(Collectors.joining("\r\n")) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(","));
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        // a leading = + - @ would make Excel run the cell as a formula
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
