package cn.juece.catalogue;

import static cn.juece.catalogue.CatalogueFixture.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.JueceTest;
import cn.juece.catalogue.ImportRefused.RowProblem;

/** An Excel workbook of items imports like a CSV file: whole, or not at all with every bad row named. */
@JueceTest
class XlsxImportTest {

    @Autowired
    CatalogueFixture fixture;
    @Autowired
    CatalogueDrafting drafting;
    @Autowired
    Catalogue catalogue;

    @Test
    void aWorkbookWithExcelDatesImportsEveryRow() throws IOException {
        long id = fixture.draft();
        byte[] workbook = workbook(List.of(
                List.of("城区停车收费调整", "PUBLIC_POLICY", "unit-transport", "公众参与、听证", "是", LocalDate.of(2026, 10, 31)),
                List.of("城北污水处理厂扩建", "重大公共建设项目", "市水务局", "专家论证、风险评估", "否", "2027-06-30")));

        assertThat(drafting.importItems(id, workbook, OFFICE)).isEqualTo(2);

        assertThat(catalogue.items(id)).extracting(CatalogueItem::matter, CatalogueItem::category,
                        CatalogueItem::sponsorUnit, CatalogueItem::hearingPlanned, CatalogueItem::targetDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("城区停车收费调整", "PUBLIC_POLICY", "unit-transport", true,
                                LocalDate.of(2026, 10, 31)),
                        org.assertj.core.groups.Tuple.tuple("城北污水处理厂扩建", "CONSTRUCTION_PROJECT", "unit-water",
                                false, LocalDate.of(2027, 6, 30)));
    }

    @Test
    void aBadRowImportsNothingAndIsNamedByItsSpreadsheetRow() throws IOException {
        long id = fixture.draft();
        byte[] workbook = workbook(List.of(
                List.of("城区停车收费调整", "PUBLIC_POLICY", "unit-transport", "公众参与", "是", LocalDate.of(2026, 10, 31)),
                List.of("错误听证", "PUBLIC_POLICY", "unit-edu", "公众参与", "需要", LocalDate.of(2026, 10, 31))));

        ImportRefused refused = catchThrowableOfType(ImportRefused.class,
                () -> drafting.importItems(id, workbook, OFFICE));

        assertThat(refused.problems()).extracting(RowProblem::toString)
                .containsExactly("第 3 行：是否听证应填“是”或“否”，实为「需要」");
        assertThat(catalogue.items(id)).isEmpty();
    }

    @Test
    void aDamagedWorkbookIsRefusedWithWhatToDo() {
        long id = fixture.draft();
        byte[] damaged = {'P', 'K', 3, 4, 0, 0, 0};

        ImportRefused refused = catchThrowableOfType(ImportRefused.class,
                () -> drafting.importItems(id, damaged, OFFICE));

        assertThat(refused.problems()).extracting(RowProblem::problem).singleElement().asString()
                .contains("无法读取该 Excel 文件");
    }

    /** A workbook as an office would type it: the header row, then one item a row, dates as Excel dates. */
    private static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("年度目录");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < CsvItems.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(CsvItems.COLUMNS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
