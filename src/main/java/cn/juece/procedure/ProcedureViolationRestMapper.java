package cn.juece.procedure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Engine REST answers a broken procedure rule with 400 and the rule's Chinese message (and
 * the field it concerns), not with the 500 the engine's wrapping ("exception while invoking
 * the TaskListener", "Cannot complete task") would give. Every other exception keeps
 * Camunda's own handling, except that a server error's message (which may quote SQL) is not
 * sent out, and the caller's mistakes Camunda answers as server errors (an id that names
 * nothing, a serialized Java object) are 404 and 400. One mapper per exception type Camunda
 * maps itself.
 */
abstract class ProcedureViolationRestMapper<E extends Exception> implements ExceptionMapper<E> {

    /** Said to the loser of two simultaneous changes to one task; as in task.TaskConflict. */
    static final String CONFLICT = "该任务刚刚已由他人办理或修改，您的提交未保存；请刷新后查看最新情况";

    /** Said when the task was completed by someone else before this request reached it. */
    static final String GONE = "该任务不存在或已由他人办结";

    @Override
    public Response toResponse(E exception) {
        if (lostARace(exception)) {
            return answer(Response.Status.CONFLICT.getStatusCode(), "TaskConflict", CONFLICT, List.of());
        }
        if (taskGone(exception)) {
            return answer(Response.Status.CONFLICT.getStatusCode(), "TaskConflict", GONE, List.of());
        }
        return ProcedureViolation.causeOf(exception)
                .map(ProcedureViolationRestMapper::badRequest)
                .or(() -> missingValue(exception))
                .or(() -> serializedObject(exception))
                .orElseGet(() -> withoutInternals(camundaResponse(exception)));
    }

    /** Said instead of a server error's own message, which may carry SQL or internals (logged by Camunda). */
    static final String SERVER_ERROR = "系统暂时无法处理您的请求，请联系系统管理员";

    private static Response withoutInternals(Response camunda) {
        if (camunda.getStatus() < 500) {
            return camunda;
        }
        return answer(camunda.getStatus(), "ServerError", SERVER_ERROR, List.of());
    }

    /** Camunda's "Cannot find task with id": done by someone else a moment ago, or never there. */
    private static boolean taskGone(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith("Cannot find task")) {
                return true;
            }
        }
        return false;
    }

    /** Another transaction changed the same row first (Camunda's 500 otherwise). */
    private static boolean lostARace(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    /** A variable sent as a serialized Java object, which the engine refuses to read: the sender's doing, 400. */
    private static Optional<Response> serializedObject(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("Java serialization format is prohibited")) {
                return Optional.of(answer(Response.Status.BAD_REQUEST.getStatusCode(), "SerializedObjectRefused",
                        "不接受 Java 序列化对象形式的数据，请以文本、数字、日期或布尔值提交", List.of()));
            }
        }
        return Optional.empty();
    }

    /**
     * The engine says "... is null" or "doesn't exist" for an id that names nothing (other than a
     * task, above), which Camunda answers with 500 as if the server had failed: it is the caller's
     * id that is wrong, so 404 (or 400 for a value left out), with the engine's words after a
     * Chinese one.
     */
    private static Optional<Response> missingValue(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof NullValueException || cause instanceof NotFoundException) {
                String message = String.valueOf(cause.getMessage());
                boolean notFound = cause instanceof NotFoundException || message.startsWith("Cannot find")
                        || message.contains("doesn't exist") || message.contains("does not exist");
                return Optional.of(answer(notFound ? 404 : 400, notFound ? "NotFound" : "MissingValue",
                        (notFound ? "找不到该对象（不存在或已办结）：" : "缺少必要的值：") + message, List.of()));
            }
        }
        return Optional.empty();
    }

    abstract Response camundaResponse(E exception);

    private static Response badRequest(ProcedureViolation violation) {
        return answer(Response.Status.BAD_REQUEST.getStatusCode(), "ProcedureViolation", violation.getMessage(), violation.errors());
    }

    private static Response answer(int status, String type, String message, List<?> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("errors", errors);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    @Priority(1)
    static class ForEngineExceptions extends ProcedureViolationRestMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        Response camundaResponse(ProcessEngineException exception) {
            return camunda.toResponse(exception);
        }
    }

    @Priority(1)
    static class ForRestExceptions extends ProcedureViolationRestMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        Response camundaResponse(RestException exception) {
            return camunda.toResponse(exception);
        }
    }
}
