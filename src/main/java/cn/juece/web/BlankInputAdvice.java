package cn.juece.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A field of nothing but spaces is an empty field, whatever the spaces: Bean Validation's
 * {@code @NotBlank} trims only ASCII spaces, so a title of full-width spaces (U+3000, typed
 * often with a Chinese input method) passed as filled in. Text with content is kept exactly
 * as typed, leading full-width indentation included.
 */
@ControllerAdvice
class BlankInputAdvice {

    @InitBinder
    void blankIsEmpty(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new BlankIsEmpty());
    }

    static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200b' || c == '\ufeff');
    }

    private static final class BlankIsEmpty extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text == null || !isBlank(text) ? text : "");
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
