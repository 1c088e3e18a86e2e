package cn.juece.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out text on A4 pages in two fonts embedded as subsets: Liberation Sans (SIL OFL, shipped
 * inside the PDFBox jar) for Latin letters, digits and ASCII signs, and the bundled Droid Sans
 * Fallback, which has the CJK characters but no Latin. Lines wrap by width (Chinese has no
 * spaces to break at, so any character may end a line), a full page starts a new one, and the
 * pages are numbered at the end.
 */
final class PdfPages {

    static final String CJK_FONT = "/fonts/DroidSansFallbackFull.ttf";
    static final String LATIN_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final PDType0Font latin;
    private final PDType0Font cjk;
    private final Map<Integer, PDType0Font> fontOf = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    PdfPages(PDDocument document) throws IOException {
        this.document = document;
        this.latin = load(document, LATIN_FONT);
        this.cjk = load(document, CJK_FONT);
        newPage();
    }

    void heading(String text, float size) throws IOException {
        space(size * 0.6f);
        paragraph(text, size, 0);
        space(size * 0.3f);
    }

    void paragraph(String text, float size, float indent) throws IOException {
        for (String line : wrap(text == null ? "" : text, size, WIDTH - indent)) {
            if (y - size * 1.5f < MARGIN) {
                newPage();
            }
            y -= size * 1.5f;
            show(page, line, size, MARGIN + indent, y);
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
                show(foot, "第 " + (i + 1) + " 页 / 共 " + total + " 页", 8, MARGIN, MARGIN / 2);
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

    /** One line, switching font wherever the script changes. */
    private void show(PDPageContentStream stream, String line, float size, float x, float atY) throws IOException {
        stream.beginText();
        stream.newLineAtOffset(x, atY);
        PDType0Font current = null;
        StringBuilder run = new StringBuilder();
        for (int cp : line.codePoints().toArray()) {
            PDType0Font font = font(cp) == null ? latin : font(cp);
            if (font != current && run.length() > 0) {
                stream.setFont(current, size);
                stream.showText(run.toString());
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(font(cp) == null ? '?' : cp);
        }
        if (run.length() > 0) {
            stream.setFont(current, size);
            stream.showText(run.toString());
        }
        stream.endText();
    }

    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\t', ' ').split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (int cp : paragraph.codePoints().toArray()) {
                int shown = Character.isISOControl(cp) || font(cp) == null ? '?' : cp;
                float advance = font(shown).getStringWidth(Character.toString(shown)) / 1000 * size;
                if (line.length() > 0 && used + advance > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.appendCodePoint(shown);
                used += advance;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The font that draws this character, Latin first; null when neither does (an emoji, say). */
    private PDType0Font font(int codePoint) {
        return fontOf.computeIfAbsent(codePoint, cp -> draws(latin, cp) ? latin : draws(cjk, cp) ? cjk : null);
    }

    private static boolean draws(PDType0Font font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " missing from the build");
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
