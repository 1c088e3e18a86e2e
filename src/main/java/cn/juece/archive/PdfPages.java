package cn.juece.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out text on A4 pages in the bundled CJK font, embedded as a subset: wraps lines by
 * width (Chinese has no spaces to break at, so any character may end a line), starts a new
 * page when one is full, numbers the pages at the end.
 */
final class PdfPages {

    static final String FONT = "/fonts/DroidSansFallbackFull.ttf";

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    PdfPages(PDDocument document) throws IOException {
        this.document = document;
        try (InputStream in = PdfPages.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT + " missing from the build");
            }
            this.font = PDType0Font.load(document, in, true);
        }
        newPage();
    }

    void heading(String text, float size) throws IOException {
        space(size * 0.6f);
        paragraph(text, size, 0);
        space(size * 0.3f);
    }

    void paragraph(String text, float size, float indent) throws IOException {
        for (String line : wrap(printable(text), size, WIDTH - indent)) {
            if (y - size * 1.5f < MARGIN) {
                newPage();
            }
            y -= size * 1.5f;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN + indent, y);
            page.showText(line);
            page.endText();
        }
    }

    void space(float height) {
        y -= height;
    }

    /** Closes the last page and writes 第 n 页 / 共 m 页 at the foot of each. */
    void finish() throws IOException {
        page.close();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                foot.beginText();
                foot.setFont(font, 8);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText("第 " + (i + 1) + " 页 / 共 " + total + " 页");
                foot.endText();
            }
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int cp : paragraph.codePoints().toArray()) {
                String next = line + Character.toString(cp);
                if (line.length() > 0 && font.getStringWidth(next) / 1000 * size > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with tabs as spaces and what the font cannot draw (an emoji, say) as "?". */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text.replace("\r\n", "\n").replace('\t', ' ')).codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || !drawable(cp)) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private boolean drawable(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
