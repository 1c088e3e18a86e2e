package cn.juece.task;

import cn.juece.procedure.ProcedureViolation;

/**
 * Someone else got to the task first: claimed it, completed it or changed it between this
 * user's reading it and acting on it. Nothing of this user's attempt was stored.
 */
public class TaskConflict extends ProcedureViolation {

    public static final String GONE = "该任务不存在或已由他人办结";
    public static final String DONE_BY_SOMEONE_ELSE = "该任务刚刚已由他人办理或修改，您的提交未保存；请回到工作台查看最新情况";

    public TaskConflict(String message) {
        super(message);
    }
}
