package cn.juece.audit;

/**
 * The outcome of verifying the chain or one dossier: intact, with how many links were
 * checked, or the first broken link and what is wrong with it, in Chinese.
 */
public record Verification(boolean intact, long links, Long brokenAt, String message, String headHash) {

    static Verification broken(long links, long seq, String problem) {
        return new Verification(false, links, seq, "审计链在第 " + seq + " 条记录处断裂：" + problem, null);
    }
}
