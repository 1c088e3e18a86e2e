package cn.juece.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.UnsatisfiedServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Input Spring cannot even bind (letters where a number or a date belongs, a value outside a
 * list, a required parameter left out) is the sender's mistake, not the server's: 400 with a
 * page that says which field and what is wrong, instead of the bare error page.
 */
@ControllerAdvice
class BadInputAdvice {

    static final String VIEW = "bad-input";

    private final MessageSource messages;

    BadInputAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(MethodArgumentTypeMismatchException mismatch, Model model, Locale locale,
                        HttpServletResponse response) {
        return page("input.wrongFormat", mismatch.getName(), model, locale, response);
    }

    /** A form object that cannot be built: "maybe" for a yes/no, letters for an id. */
    @ExceptionHandler(BindException.class)
    String unbindable(BindException unbindable, Model model, Locale locale, HttpServletResponse response) {
        FieldError first = unbindable.getFieldError();
        return page("input.wrongFormat", first == null ? unbindable.getObjectName() : first.getField(), model, locale,
                response);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class,
            UnsatisfiedServletRequestParameterException.class})
    String missingAny(Exception missing, Model model, Locale locale, HttpServletResponse response) {
        String name = missing instanceof MissingServletRequestParameterException named ? named.getParameterName()
                : String.join("、", ((UnsatisfiedServletRequestParameterException) missing).getParamConditions());
        return page("input.missing", name, model, locale, response);
    }

    @ExceptionHandler(BadInput.class)
    String badInput(BadInput bad, Model model, Locale locale, HttpServletResponse response) {
        return page(bad.messageKey(), bad.parameter(), model, locale, response);
    }

    private String page(String key, String parameter, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", messages.getMessage(key, new Object[] {parameter}, locale));
        return VIEW;
    }
}
