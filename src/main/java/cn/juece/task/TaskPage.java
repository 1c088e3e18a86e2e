package cn.juece.task;

import java.util.List;
import java.util.Map;

/**
 * One page of a tab: its rows, which page of how many, how many rows the filter kept, how many
 * the tab has, and the stages and sponsoring units of all the tab's rows for the filter lists
 * (process key or group id to name, by name).
 */
public record TaskPage(List<TaskSummary> rows, int number, int pages, int total, int tabTotal,
                       Map<String, String> stages, Map<String, String> units) {

    public static final int SIZE = 50;

    static int pages(int rows) {
        return Math.max(1, (rows + SIZE - 1) / SIZE);
    }

    /** The page asked for, kept within the pages there are: past the last the last, before the first the first. */
    static int within(int asked, int pages) {
        return Math.min(Math.max(asked, 1), pages);
    }

    /** Where the rows of {@code page} start among the filter's rows. */
    static int first(int page) {
        return (page - 1) * SIZE;
    }
}
