package cn.juece.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.juece.catalogue.ImportRefused.RowProblem;

/**
 * The first sheet of an Excel workbook (.xlsx) as the same records a CSV file gives, each
 * with its spreadsheet row number, so one set of checks serves both. Dates typed as Excel
 * dates come out as 2026-12-31; every other cell as Excel displays it.
 */
final class XlsxRecords {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private XlsxRecords() {
    }

    static boolean isWorkbook(byte[] content) {
        if (content.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (content[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    static List<CsvRecords.Record> parse(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            int width = sheet.getRow(sheet.getFirstRowNum()) == null ? 0
                    : Math.max(0, sheet.getRow(sheet.getFirstRowNum()).getLastCellNum());
            List<CsvRecords.Record> records = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> fields = new ArrayList<>();
                int cells = row == null ? 0 : Math.max(width, row.getLastCellNum());
                for (int c = 0; c < cells; c++) {
                    fields.add(text(row.getCell(c), formatter));
                }
                records.add(new CsvRecords.Record(r + 1, fields));
            }
            return records;
        } catch (IOException | RuntimeException e) {
            throw new ImportRefused(List.of(new RowProblem(1,
                    "无法读取该 Excel 文件（仅支持 .xlsx）；请检查文件，或另存为 CSV UTF-8 后导入")));
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }
}
