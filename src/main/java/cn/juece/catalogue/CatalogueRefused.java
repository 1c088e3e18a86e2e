package cn.juece.catalogue;

/** A catalogue rule refused the change, which changed nothing; the message is for the user. */
public class CatalogueRefused extends RuntimeException {

    private final String field;

    public CatalogueRefused(String message) {
        this(null, message);
    }

    public CatalogueRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the refusal is about, or null for the whole form. */
    public String field() {
        return field;
    }
}
