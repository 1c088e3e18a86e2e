package cn.juece.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one way the audit trail turns values into bytes to hash: JSON with keys sorted at
 * every level, no whitespace. Its own mapper, not the application's, so a change to the
 * web's JSON settings can never change a hash.
 */
final class Canonical {

    static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Canonical() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("审计内容无法序列化", e);
        }
    }

    static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("审计内容无法解析", e);
        }
    }

    static String sha256(String text) {
        return sha256(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The hash of one link: the previous link's hash, then this link's fields. */
    static String linkHash(String prevHash, long seq, String recordedAt, String actor, String kind,
                           String subject, String payload) {
        String fields = json(Map.of("seq", seq, "recordedAt", recordedAt, "actor", actor, "kind", kind,
                "subject", subject, "payload", payload));
        return sha256(prevHash + fields);
    }
}
