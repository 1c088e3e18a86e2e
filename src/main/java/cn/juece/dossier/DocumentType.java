package cn.juece.dossier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a dossier accepts, recognised by extension and confirmed by the file's
 * first bytes, so a renamed executable is not stored as a PDF.
 */
enum DocumentType {
    PDF("pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", Magic.ZIP),
    DOC("doc", "application/msword", Magic.OLE),
    PPT("ppt", "application/vnd.ms-powerpoint", Magic.OLE),
    XLS("xls", "application/vnd.ms-excel", Magic.OLE),
    WPS("wps", "application/vnd.ms-works", Magic.OLE),
    OFD("ofd", "application/ofd", Magic.ZIP);

    private final String extension;
    private final String contentType;
    private final byte[] magic;

    DocumentType(String extension, String contentType, byte[] magic) {
        this.extension = extension;
        this.contentType = contentType;
        this.magic = magic;
    }

    static Optional<DocumentType> of(String fileName, byte[] content) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.extension.equals(extension))
                .filter(type -> startsWith(content, type.magic)).findFirst();
    }

    String contentType() {
        return contentType;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static final class Magic {
        static final byte[] ZIP = {'P', 'K', 3, 4};
        static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    }
}
