package cn.juece.procedure;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A step of the legal procedure was attempted with data or at a moment the law does not
 * allow. Raised inside the engine command, so the whole command rolls back; extends
 * {@link BadUserRequestException} so the engine REST API answers 400, not 500.
 */
public class ProcedureViolation extends BadUserRequestException {

    private final List<FieldError> errors;

    public ProcedureViolation(List<FieldError> errors) {
        super(String.join("；", errors.stream().map(FieldError::message).toList()));
        this.errors = List.copyOf(errors);
    }

    public ProcedureViolation(String message) {
        this(List.of(new FieldError(null, message)));
    }

    /**
     * The violation behind an engine exception, if any. The engine wraps what a task
     * listener throws in its own exception; the rule's message is the one users must see.
     */
    public static Optional<ProcedureViolation> causeOf(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcedureViolation violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One broken rule; {@code field} is null when the rule concerns the step as a whole. */
    public record FieldError(String field, String message) {
    }
}
