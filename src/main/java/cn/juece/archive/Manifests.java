package cn.juece.archive;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import cn.juece.decision.Decision;
import cn.juece.dossier.Documents;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.procedure.ShanghaiTime;

/**
 * Builds the manifest of a dossier as it is stored now, and the canonical bytes of each record.
 * Canonical means: keys sorted, two-space indent, "\n" line ends, times in Beijing time with
 * their offset, so the same record gives the same bytes on any machine and at any later export.
 */
@Component
class Manifests {

    static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ShanghaiTime.ZONE);

    private final Dossier dossier;
    private final Documents documents;
    private final ObjectMapper reader = JsonMapper.builder().build();
    private final ObjectWriter canonical = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    Manifests(Dossier dossier, Documents documents) {
        this.dossier = dossier;
        this.documents = documents;
    }

    Manifest of(Decision decision, Instant sealedAt) {
        List<Manifest.Entry> entries = new ArrayList<>();
        for (DossierEntry entry : dossier.entries(decision.id())) {
            String file = "entries/%04d-%s.json".formatted(entries.size() + 1, safe(entry.activityId()));
            entries.add(new Manifest.Entry(file, entry.id(), TIME.format(entry.recordedAt()), entry.actor(),
                    entry.activityId(), entry.activityName(), entry.kind().name(), sha256(entryBytes(entry))));
        }
        List<Manifest.Document> files = documents.ofDecision(decision.id()).stream()
                .map(document -> {
                    Measured content = measure(document.id());
                    return new Manifest.Document("documents/" + document.id() + "-" + safe(document.fileName()),
                            document.id(), document.fileName(), content.size(), content.sha256(),
                            document.uploadedBy(), TIME.format(document.uploadedAt().toInstant()),
                            document.activityId());
                }).toList();
        return new Manifest(Manifest.FORMAT, decision.id(), decision.reference(), decision.title(),
                decision.status().name(), TIME.format(sealedAt), entries, files);
    }

    /** The record as its archive file holds it: every column, and its content parsed and re-sorted. */
    byte[] entryBytes(DossierEntry entry) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", entry.id());
        record.put("decisionId", entry.decisionId());
        record.put("processInstanceId", entry.processInstanceId());
        record.put("activityId", entry.activityId());
        record.put("activityName", entry.activityName());
        record.put("taskId", entry.taskId());
        record.put("actor", entry.actor());
        record.put("recordedAt", TIME.format(entry.recordedAt()));
        record.put("kind", entry.kind().name());
        record.put("content", dossier.content(entry));
        return write(record);
    }

    byte[] json(Manifest manifest) {
        return write(manifest);
    }

    Manifest read(String manifest) {
        try {
            return reader.readValue(manifest, Manifest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("封存清单无法解析", e);
        }
    }

    /** A stored file's size and SHA-256, read as a stream. */
    Measured measure(long documentId) {
        MessageDigest digest = digest();
        Counter counter = new Counter();
        documents.copyContent(documentId, new DigestOutputStream(counter, digest));
        return new Measured(counter.count, HexFormat.of().formatHex(digest.digest()));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** A name usable as one path segment in a ZIP and on a line of sha256sum's file. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }

    private byte[] write(Object value) {
        try {
            return canonical.writeValueAsString(value).concat("\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Measured(long size, String sha256) {
    }

    private static final class Counter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
