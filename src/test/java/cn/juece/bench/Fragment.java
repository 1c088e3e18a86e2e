package cn.juece.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark's section of BENCHMARKS.md, written to target/benchmarks/NN-name-database.md.
 * Besides its Markdown, it carries the machine-readable figure lines the report's summary table
 * is made of, one per figure:
 *
 * <pre>&lt;!-- figure: name | value | unit | goal | met --&gt;</pre>
 *
 * name is what is measured and on which database ("Comment intake (H2)"), value a number, unit its
 * unit ("comments/s"), goal as the issue words it ("≥ 2000", or "-" for none), met one of met,
 * missed or - (no goal). No field may contain "|" or "--&gt;".
 */
final class Fragment {

    private final String order;
    private final String name;
    private final StringBuilder markdown = new StringBuilder();
    private final List<String> figures = new ArrayList<>();

    /** @param order two digits placing the section (10 overhead, 20 latency, 30 intake, 40 start-up) */
    Fragment(String order, String name, String title) {
        this.order = order;
        this.name = name;
        markdown.append("## ").append(title).append(" — ").append(Bench.databaseName()).append("\n\n");
    }

    Fragment line(String text) {
        markdown.append(text).append('\n');
        return this;
    }

    Fragment paragraph(String text) {
        markdown.append(text).append("\n\n");
        return this;
    }

    /** A figure with a goal: met when {@code value} is at least {@code goal}. */
    Fragment atLeast(String what, double value, String unit, double goal) {
        return figure(what, value, unit, "≥ " + number(goal), value >= goal ? "met" : "missed");
    }

    /** A figure with a goal: met when {@code value} is at most {@code goal}. */
    Fragment atMost(String what, double value, String unit, double goal) {
        return figure(what, value, unit, "≤ " + number(goal), value <= goal ? "met" : "missed");
    }

    /** A figure without a goal, shown in the summary for context. */
    Fragment figure(String what, double value, String unit) {
        return figure(what, value, unit, "-", "-");
    }

    private Fragment figure(String what, double value, String unit, String goal, String met) {
        figures.add("<!-- figure: " + what + " (" + Bench.databaseName() + ") | " + number(value) + " | " + unit
                + " | " + goal + " | " + met + " -->");
        return this;
    }

    Path write() {
        Path file = Bench.out().resolve(order + "-" + name + "-" + Bench.database() + ".md");
        StringBuilder text = new StringBuilder();
        figures.forEach(figure -> text.append(figure).append('\n'));
        text.append(markdown);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(text);
        return file;
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f",
                value);
    }
}
