package cn.juece.web;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses, before any handler runs, input no person's form sends: a control character other
 * than tab and line breaks (a NUL byte cannot even be stored in a PostgreSQL text column), or
 * the same field twice where the handler takes one value (Spring would join the two with a
 * comma, so two blanks would pass as the text ", ").
 */
class InputGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean takesLists = handler instanceof HandlerMethod method && takesLists(method);
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (hasControlCharacter(name) || Stream.of(parameter.getValue())
                    .anyMatch(value -> value != null && hasControlCharacter(value))) {
                throw new BadInput("input.controlCharacters", printable(name));
            }
            if (parameter.getValue().length > 1 && !takesLists) {
                throw new BadInput("input.repeated", printable(name));
            }
        }
        return true;
    }

    /** A handler reading the raw parameters (a task form's user lists) or a list takes repeated fields itself. */
    private static boolean takesLists(HandlerMethod method) {
        return Stream.of(method.getMethodParameters()).map(MethodParameter::getParameterType)
                .anyMatch(type -> Map.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                        || type.isArray());
    }

    static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
    }

    private static String printable(String name) {
        String visible = name.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 40 ? visible.substring(0, 40) + "…" : visible;
    }
}
