package cn.juece.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.juece.procedure.ProcedureViolation;

/** Only PDF and Office files of acceptable size enter a dossier, each with its SHA-256. */
class DocumentsTest {

    private final Documents documents = new Documents(null, null, event -> { }, 1024);

    @Test
    void pdfAndOfficeFilesAreRecognisedByTheirFirstBytes() {
        assertThat(DocumentType.of("意见书.pdf", bytes("%PDF-1.7 ..."))).contains(DocumentType.PDF);
        assertThat(DocumentType.of("报告.DOCX", new byte[] {'P', 'K', 3, 4, 0})).contains(DocumentType.DOCX);
        assertThat(DocumentType.of("旧表.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .contains(DocumentType.XLS);
    }

    @Test
    void aRenamedProgramIsNotTakenForAPdf() {
        assertThatThrownBy(() -> documents.check(List.of(new Documents.Upload("意见书.pdf", bytes("MZ\u0090...")))))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("不是可接受的 PDF 或 Office 文档");
        assertThatThrownBy(() -> documents.check(List.of(new Documents.Upload("脚本.js", bytes("%PDF")))))
                .isInstanceOf(ProcedureViolation.class);
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> documents.check(List.of(new Documents.Upload("空.pdf", new byte[0]))))
                .hasMessageContaining("空文件");
        byte[] large = new byte[2048];
        large[0] = '%';
        large[1] = 'P';
        large[2] = 'D';
        large[3] = 'F';
        assertThatThrownBy(() -> documents.check(List.of(new Documents.Upload("大.pdf", large))))
                .hasMessageContaining("超过");
    }

    @Test
    void theHashIsTheStandardSha256() {
        assertThat(Documents.sha256(bytes("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
