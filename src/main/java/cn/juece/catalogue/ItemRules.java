package cn.juece.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.juece.security.Directory;

/** What makes an item well written, the same for the office's form, adjustments and imported rows. */
@Component
class ItemRules {

    static final int MAX_MATTER = 300;
    static final int MAX_PROCEDURES = 500;

    private final Directory directory;

    ItemRules(Directory directory) {
        this.directory = directory;
    }

    /** Problems by field (matter, category, sponsorUnit, requiredProcedures, targetDate); empty when fine. */
    List<Problem> check(ItemFields fields, int catalogueYear) {
        List<Problem> problems = new ArrayList<>();
        if (fields.matter().isEmpty()) {
            problems.add(new Problem("matter", "请填写事项名称"));
        } else if (fields.matter().length() > MAX_MATTER) {
            problems.add(new Problem("matter", "事项名称不超过 " + MAX_MATTER + " 字"));
        }
        if (!Categories.LABELS.containsKey(fields.category())) {
            problems.add(new Problem("category", fields.category().isEmpty() ? "请选择决策类别"
                    : "决策类别「" + fields.category() + "」无效，应为 " + String.join("、", Categories.LABELS.keySet())
                    + " 之一"));
        }
        if (fields.sponsorUnit().isEmpty()) {
            problems.add(new Problem("sponsorUnit", "请选择决策承办单位"));
        } else if (!directory.isUnit(fields.sponsorUnit())) {
            problems.add(new Problem("sponsorUnit", "承办单位「" + fields.sponsorUnit() + "」不在单位名录中"));
        }
        if (fields.requiredProcedures().isEmpty()) {
            problems.add(new Problem("requiredProcedures", "请填写需履行的决策程序"));
        } else if (fields.requiredProcedures().length() > MAX_PROCEDURES) {
            problems.add(new Problem("requiredProcedures", "需履行的决策程序不超过 " + MAX_PROCEDURES + " 字"));
        }
        if (fields.targetDate() == null) {
            problems.add(new Problem("targetDate", "请填写计划完成时间"));
        } else if (fields.targetDate().isBefore(LocalDate.of(catalogueYear, 1, 1))) {
            problems.add(new Problem("targetDate", "计划完成时间不能早于 " + catalogueYear + " 年"));
        }
        return problems;
    }

    void require(ItemFields fields, int catalogueYear) {
        List<Problem> problems = check(fields, catalogueYear);
        if (!problems.isEmpty()) {
            throw new CatalogueRefused(problems.get(0).field(), problems.get(0).message());
        }
    }

    /** One problem with one field. */
    record Problem(String field, String message) {
    }
}
