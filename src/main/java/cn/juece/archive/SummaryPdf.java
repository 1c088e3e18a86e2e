package cn.juece.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.juece.decision.Decision;
import cn.juece.decision.DossierAccess;
import cn.juece.decision.DossierTimeline;
import cn.juece.procedure.ShanghaiTime;
import cn.juece.security.Directory;

/**
 * summary.pdf of the archive: the decision's particulars, every step with who and when, the
 * files with their hashes and the seal, in Chinese, readable without Juece or any font
 * installed on the reader's machine.
 */
@Component
class SummaryPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ShanghaiTime.ZONE);

    private final DossierTimeline timeline;
    private final DossierAccess access;
    private final Directory directory;
    private final MessageSource messages;

    SummaryPdf(DossierTimeline timeline, DossierAccess access, Directory directory, MessageSource messages) {
        this.timeline = timeline;
        this.access = access;
        this.directory = directory;
        this.messages = messages;
    }

    byte[] render(Decision decision, ArchiveSeal seal, Manifest manifest) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("决策案卷归档摘要 " + decision.reference());
            info.setCreator("决策 Juece");
            PdfPages pages = new PdfPages(document);
            pages.heading("重大行政决策案卷归档摘要", 18);
            particulars(pages, decision, seal);
            steps(pages, decision);
            files(pages, manifest);
            pages.heading("封存", 13);
            pages.paragraph("封存时间：" + TIME.format(seal.sealedAt()), 10, 0);
            pages.paragraph("封存值（manifest.json 的 SHA-256）：", 10, 0);
            pages.paragraph(seal.manifestSha256(), 9, 12);
            pages.paragraph("核对方法见归档包中的 README.txt。", 10, 0);
            pages.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void particulars(PdfPages pages, Decision decision, ArchiveSeal seal) throws IOException {
        pages.heading("基本情况", 13);
        field(pages, "决策事项", decision.title());
        field(pages, "决策编号", decision.reference());
        field(pages, "决策类别", messages.getMessage("dossier.category." + decision.category(), null,
                decision.category(), Locale.SIMPLIFIED_CHINESE));
        field(pages, "决策承办单位", access.sponsorUnit(decision).map(directory::unitName).orElse("（未确定）"));
        field(pages, "提出人", directory.displayName(decision.proposer()));
        field(pages, "提出时间", TIME.format(decision.proposedAt()));
        field(pages, "最终状态", decision.status().label());
        field(pages, "归档时间", decision.archivedAt() == null ? "" : TIME.format(decision.archivedAt()));
        field(pages, "拟解决的问题", decision.problem());
        field(pages, "法律和政策依据", decision.legalBasis());
    }

    private void steps(PdfPages pages, Decision decision) throws IOException {
        pages.heading("办理过程", 13);
        int number = 1;
        for (DossierTimeline.Entry entry : timeline.of(decision.id(), activity -> false)) {
            String notice = entry.notice() == null ? "" : "（" + entry.notice() + "）";
            pages.paragraph("%d. %s　%s%s　办理人：%s".formatted(number++, entry.time(),
                    entry.activity() == null ? "" : entry.activity(), notice, entry.actor()), 10, 0);
        }
    }

    private void files(PdfPages pages, Manifest manifest) throws IOException {
        pages.heading("案卷文件", 13);
        if (manifest.documents().isEmpty()) {
            pages.paragraph("无", 10, 0);
        }
        for (Manifest.Document file : manifest.documents()) {
            pages.paragraph("%s（%,d 字节，%s 上传于 %s）".formatted(file.fileName(), file.size(),
                    directory.displayName(file.uploadedBy()), file.uploadedAt().substring(0, 16).replace('T', ' ')),
                    10, 0);
            pages.paragraph("归档包内：" + file.file(), 9, 12);
            pages.paragraph("SHA-256：" + file.sha256(), 9, 12);
        }
    }

    private static void field(PdfPages pages, String label, String value) throws IOException {
        pages.paragraph(label + "：" + (value == null ? "" : value), 10, 0);
    }
}
