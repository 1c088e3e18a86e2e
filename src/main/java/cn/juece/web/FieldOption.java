package cn.juece.web;

/** A value a form field may take and its Chinese label. Public, as templates read it. */
public record FieldOption(String value, String label) {
}
