package cn.juece.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The decision categories of Art. 3, as the required-procedures table reads them. */
public final class Categories {

    public static final Map<String, String> LABELS;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("PUBLIC_POLICY", "重大公共政策和措施");
        labels.put("DEVELOPMENT_PLAN", "重要经济社会发展规划");
        labels.put("RESOURCE_POLICY", "重要资源开发利用政策");
        labels.put("CONSTRUCTION_PROJECT", "重大公共建设项目");
        labels.put("OTHER_MAJOR", "其他重大事项");
        LABELS = java.util.Collections.unmodifiableMap(labels);
    }

    private Categories() {
    }

    /** The code for a code or its Chinese name, as a spreadsheet may carry either. */
    public static Optional<String> code(String codeOrLabel) {
        if (LABELS.containsKey(codeOrLabel)) {
            return Optional.of(codeOrLabel);
        }
        return LABELS.entrySet().stream().filter(e -> e.getValue().equals(codeOrLabel)).map(Map.Entry::getKey)
                .findFirst();
    }
}
