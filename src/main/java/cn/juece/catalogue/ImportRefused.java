package cn.juece.catalogue;

import java.util.List;

/** A CSV file with at least one bad row: nothing of it was imported. */
public class ImportRefused extends CatalogueRefused {

    private final List<RowProblem> problems;

    ImportRefused(List<RowProblem> problems) {
        super("文件中有 " + problems.size() + " 处错误，未导入任何事项");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }

    /** One problem of one line of the file; line 1 is the header. */
    public record RowProblem(int line, String problem) {

        @Override
        public String toString() {
            return "第 " + line + " 行：" + problem;
        }
    }
}
