package cn.juece.procedure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

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
 * Camunda's own handling, but for the caller's mistakes Camunda answers as server errors (an id
 * that names nothing, a serialized Java object): 404 and 400. One mapper per exception type
 * Camunda maps itself.
 */
abstract class ProcedureViolationRestMapper<E extends Exception> implements ExceptionMapper<E> {

    @Override
    public Response toResponse(E exception) {
        return ProcedureViolation.causeOf(exception)
                .map(ProcedureViolationRestMapper::badRequest)
                .or(() -> missingValue(exception))
                .or(() -> serializedObject(exception))
                .orElseGet(() -> camundaResponse(exception));
    }

    /**
     * The engine says "task is null" for an id that names nothing, which Camunda answers with
     * 500 as if the server had failed: it is the caller's id that is wrong, so 404 (or 400 for
     * a value left out), with the engine's words after a Chinese one.
     */
    /** A variable sent as a serialized Java object, which the engine refuses to read: the sender's doing, 400. */
    private static Optional<Response> serializedObject(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("Java serialization format is prohibited")) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "SerializedObjectRefused");
                body.put("message", "不接受 Java 序列化对象形式的数据，请以文本、数字、日期或布尔值提交");
                return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(body).build());
            }
        }
        return Optional.empty();
    }

    private static Optional<Response> missingValue(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof NullValueException || cause instanceof NotFoundException) {
                String message = String.valueOf(cause.getMessage());
                boolean notFound = cause instanceof NotFoundException || message.startsWith("Cannot find")
                        || message.contains("doesn't exist") || message.contains("does not exist");
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", notFound ? "NotFound" : "MissingValue");
                body.put("message", (notFound ? "找不到该对象（不存在或已办结）：" : "缺少必要的值：") + cause.getMessage());
                return Optional.of(Response.status(notFound ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST)
                        .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
            }
        }
        return Optional.empty();
    }

    abstract Response camundaResponse(E exception);

    private static Response badRequest(ProcedureViolation violation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "ProcedureViolation");
        body.put("message", violation.getMessage());
        body.put("errors", violation.errors());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
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
