package cn.juece.security;

import java.util.Map;

/** The role groups of PROCEDURE.md, with their Chinese names. Unit groups come from the directory. */
public final class Groups {

    public static final String ADMIN = "admin";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    public static final String HEAD = "head";
    public static final String OFFICE = "office";
    public static final String SPONSOR = "sponsor";
    public static final String REVIEWER = "reviewer";
    public static final String LEGAL_ADVISER = "legal-adviser";
    public static final String EXPERT = "expert";
    public static final String ASSESSOR = "assessor";
    public static final String MEMBER = "member";
    public static final String SUPERVISOR = "supervisor";

    public static final Map<String, String> ROLE_NAMES = Map.ofEntries(
            Map.entry(ADMIN, "系统管理员"),
            Map.entry(CAMUNDA_ADMIN, "流程引擎管理员"),
            Map.entry(HEAD, "行政首长"),
            Map.entry(OFFICE, "政府办公室"),
            Map.entry(SPONSOR, "决策承办单位"),
            Map.entry(REVIEWER, "合法性审查机构"),
            Map.entry(LEGAL_ADVISER, "法律顾问、公职律师"),
            Map.entry(EXPERT, "专家"),
            Map.entry(ASSESSOR, "风险评估单位"),
            Map.entry(MEMBER, "会议组成人员"),
            Map.entry(SUPERVISOR, "法治督察"));

    private Groups() {
    }
}
