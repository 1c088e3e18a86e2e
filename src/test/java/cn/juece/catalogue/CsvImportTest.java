package cn.juece.catalogue;

import static cn.juece.catalogue.CatalogueFixture.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.JueceTest;
import cn.juece.catalogue.ImportRefused.RowProblem;

/** A CSV file of items goes into a draft catalogue whole, or not at all with every bad line named. */
@JueceTest
class CsvImportTest {

    static final String HEADER = "事项名称,类别代码,承办单位,需履行程序,是否听证,计划完成时间\n";

    @Autowired
    CatalogueFixture fixture;
    @Autowired
    CatalogueDrafting drafting;
    @Autowired
    Catalogue catalogue;

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEachBadLine() {
        long id = fixture.draft();
        fixture.item(id, "已在目录中的事项", "unit-edu");
        String csv = HEADER
                + "城区停车收费调整,PUBLIC_POLICY,unit-transport,公众参与,是,2026-10-31\n"
                + "错误类别,POLICY,unit-edu,公众参与,否,2026-10-31\n"
                + "错误听证,PUBLIC_POLICY,unit-edu,公众参与,需要,2026-10-31\n"
                + "\n"
                + "错误日期,PUBLIC_POLICY,unit-edu,公众参与,否,2026-02-30\n"
                + "未知单位,PUBLIC_POLICY,unit-nowhere,公众参与,否,2026-10-31\n"
                + "城区停车收费调整,PUBLIC_POLICY,unit-transport,公众参与,是,2026-10-31\n"
                + "已在目录中的事项,PUBLIC_POLICY,unit-edu,公众参与,否,2026-10-31\n"
                + "少一列,PUBLIC_POLICY,unit-edu,公众参与,否\n"
                + ",PUBLIC_POLICY,unit-edu,,否,\n";

        ImportRefused refused = catchThrowableOfType(ImportRefused.class,
                () -> drafting.importItems(id, csv.getBytes(StandardCharsets.UTF_8), OFFICE));

        assertThat(refused.problems()).extracting(RowProblem::line)
                .containsExactly(3, 4, 6, 7, 8, 9, 10, 11, 11, 11);
        assertThat(refused.problems()).extracting(RowProblem::toString).contains(
                "第 3 行：决策类别「POLICY」无效，应为 PUBLIC_POLICY、DEVELOPMENT_PLAN、RESOURCE_POLICY、CONSTRUCTION_PROJECT、OTHER_MAJOR 之一",
                "第 4 行：是否听证应填“是”或“否”，实为「需要」",
                "第 6 行：计划完成时间「2026-02-30」不是有效日期，应写作 2026-12-31",
                "第 7 行：承办单位「unit-nowhere」不在单位名录中",
                "第 8 行：事项名称与第 2 行重复",
                "第 9 行：目录中已有同名事项「已在目录中的事项」",
                "第 10 行：应有 6 列，实有 5 列",
                "第 11 行：请填写事项名称", "第 11 行：请填写需履行的决策程序", "第 11 行：请填写计划完成时间");
        assertThat(catalogue.items(id)).extracting(CatalogueItem::matter).containsExactly("已在目录中的事项");
    }

    @Test
    void aGoodFileImportsEveryRowAsDraftItems() {
        long id = fixture.draft();
        String csv = "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "\"城区停车收费调整，含占道停车\",PUBLIC_POLICY,unit-transport,\"公众参与、听证\",是,2026-10-31\r\n"
                + "城北污水处理厂扩建,重大公共建设项目,市水务局,\"专家论证、风险评估\",否,2027/6/30\r\n";

        int count = drafting.importItems(id, csv.getBytes(StandardCharsets.UTF_8), OFFICE);

        assertThat(count).isEqualTo(2);
        assertThat(catalogue.items(id)).extracting(CatalogueItem::matter, CatalogueItem::category,
                        CatalogueItem::sponsorUnit, CatalogueItem::requiredProcedures, CatalogueItem::hearingPlanned,
                        CatalogueItem::targetDate, CatalogueItem::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("城区停车收费调整，含占道停车", "PUBLIC_POLICY", "unit-transport",
                                "公众参与、听证", true, LocalDate.of(2026, 10, 31), CatalogueItem.DRAFT),
                        org.assertj.core.groups.Tuple.tuple("城北污水处理厂扩建", "CONSTRUCTION_PROJECT", "unit-water",
                                "专家论证、风险评估", false, LocalDate.of(2027, 6, 30), CatalogueItem.DRAFT));
    }

    @Test
    void aFileNotInUtf8IsRefusedWithHowToSaveIt() {
        long id = fixture.draft();
        byte[] gbk = (HEADER + "城区停车收费调整,PUBLIC_POLICY,unit-transport,公众参与,是,2026-10-31\n")
                .getBytes(Charset.forName("GBK"));

        ImportRefused refused = catchThrowableOfType(ImportRefused.class, () -> drafting.importItems(id, gbk, OFFICE));

        assertThat(refused.problems()).extracting(RowProblem::toString)
                .containsExactly("第 1 行：文件不是 UTF-8 编码；请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”后再导入");
        assertThat(catalogue.items(id)).isEmpty();
    }
}
