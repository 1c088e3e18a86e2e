package cn.juece.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

import cn.juece.decision.Decision;
import cn.juece.dossier.Documents;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;

/**
 * The sealed dossier as a ZIP an archivist can check without Juece. Before anything is
 * written the dossier is compared with its seal; a record or file changed, added or removed
 * since (say, a row edited in the database) refuses the export and names what differs: an
 * archive that quietly disagreed with its own seal would be worse than none.
 */
@Component
public class ArchiveExport {

    private final ArchiveSeals seals;
    private final Manifests manifests;
    private final Dossier dossier;
    private final Documents documents;
    private final SummaryPdf summary;

    ArchiveExport(ArchiveSeals seals, Manifests manifests, Dossier dossier, Documents documents, SummaryPdf summary) {
        this.seals = seals;
        this.manifests = manifests;
        this.dossier = dossier;
        this.documents = documents;
        this.summary = summary;
    }

    /** What in the dossier differs from its seal, in Chinese; empty when it is as sealed. */
    public List<String> mismatches(Decision decision) {
        ArchiveSeal seal = seals.find(decision.id()).orElseThrow(() -> new IllegalStateException("案卷尚未封存"));
        List<String> found = new ArrayList<>();
        if (!Manifests.sha256(seal.manifest().getBytes(StandardCharsets.UTF_8)).equals(seal.manifestSha256())) {
            found.add("封存清单与其封存值不符");
        }
        Manifest sealed = manifests.read(seal.manifest());
        Manifest now = manifests.of(decision, seal.sealedAt());
        if (!sealed.reference().equals(now.reference()) || !sealed.title().equals(now.title())
                || !sealed.finalStatus().equals(now.finalStatus())) {
            found.add("决策的编号、名称或最终状态与封存清单不符");
        }
        compare(found, sealed.entries(), now.entries(), Manifest.Entry::id,
                entry -> "案卷记录 #" + entry.id() + "（" + entry.activityName() + "）");
        compare(found, sealed.documents(), now.documents(), Manifest.Document::id,
                file -> "文件「" + file.fileName() + "」（#" + file.id() + "）");
        Map<Long, Manifest.Document> byId = byId(sealed.documents(), Manifest.Document::id);
        documents.ofDecision(decision.id()).stream()
                .filter(stored -> byId.containsKey(stored.id()))
                .filter(stored -> !stored.sha256().equals(byId.get(stored.id()).sha256()))
                .forEach(stored -> found.add("文件「" + stored.fileName() + "」登记的 SHA-256 与封存清单不符"));
        return found;
    }

    /** Writes the ZIP; the caller has checked {@link #mismatches} first. */
    public void write(Decision decision, OutputStream out) throws IOException {
        ArchiveSeal seal = seals.find(decision.id()).orElseThrow();
        Manifest manifest = manifests.read(seal.manifest());
        Map<String, String> sums = new LinkedHashMap<>();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        put(zip, sums, "README.txt", ArchiveReadme.text(decision, seal).getBytes(StandardCharsets.UTF_8));
        put(zip, sums, "manifest.json", seal.manifest().getBytes(StandardCharsets.UTF_8));
        put(zip, sums, "manifest.sha256", line(seal.manifestSha256(), "manifest.json").getBytes(StandardCharsets.UTF_8));
        Map<Long, DossierEntry> entries = byId(dossier.entries(decision.id()), DossierEntry::id);
        for (Manifest.Entry entry : manifest.entries()) {
            put(zip, sums, entry.file(), manifests.entryBytes(entries.get(entry.id())));
            sums.put(entry.file(), entry.sha256());
        }
        for (Manifest.Document file : manifest.documents()) {
            zip.putNextEntry(entry(file.file()));
            MessageDigest digest = Manifests.digest();
            documents.copyContent(file.id(), new DigestOutputStream(zip, digest));
            zip.closeEntry();
            if (!HexFormat.of().formatHex(digest.digest()).equals(file.sha256())) {
                throw new IllegalStateException("文件 #" + file.id() + " 在导出过程中与封存清单不符");
            }
            sums.put(file.file(), file.sha256());
        }
        put(zip, sums, "summary.pdf", summary.render(decision, seal, manifest));
        String lines = sums.entrySet().stream().map(sum -> line(sum.getValue(), sum.getKey()))
                .collect(Collectors.joining());
        zip.putNextEntry(entry("SHA256SUMS"));
        zip.write(lines.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    private static void put(ZipOutputStream zip, Map<String, String> sums, String name, byte[] content)
            throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(content);
        zip.closeEntry();
        sums.put(name, Manifests.sha256(content));
    }

    /**
     * An entry whose UTF-8 name also travels in Info-ZIP's Unicode Path field (0x7075): the
     * UTF-8 flag alone is not enough for unzip 6.0 as Debian ships it, which then mangles
     * Chinese file names and breaks {@code sha256sum -c}.
     */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (utf8.length != name.length()) {
            CRC32 crc = new CRC32();
            crc.update(utf8);
            ByteBuffer extra = ByteBuffer.allocate(9 + utf8.length).order(ByteOrder.LITTLE_ENDIAN);
            extra.putShort((short) 0x7075).putShort((short) (5 + utf8.length)).put((byte) 1)
                    .putInt((int) crc.getValue()).put(utf8);
            entry.setExtra(extra.array());
        }
        return entry;
    }

    /** One line as sha256sum writes and reads it: hash, two spaces, file name. */
    private static String line(String sha256, String file) {
        return sha256 + "  " + file + "\n";
    }

    private static <T> void compare(List<String> found, List<T> sealed, List<T> now, Function<T, Long> id,
                                    Function<T, String> name) {
        Map<Long, T> current = byId(now, id);
        for (T item : sealed) {
            T stored = current.get(id.apply(item));
            if (stored == null) {
                found.add(name.apply(item) + "已不在案卷中");
            } else if (!Objects.equals(stored, item)) {
                found.add(name.apply(item) + "与封存清单不符");
            }
        }
        Map<Long, T> inSeal = byId(sealed, id);
        now.stream().filter(item -> !inSeal.containsKey(id.apply(item)))
                .forEach(item -> found.add(name.apply(item) + "为封存后新增"));
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
