package cn.juece.web;

/** A request whose input cannot be read at all (a letter in a number, a control character): answered 400 with why. */
class BadInput extends RuntimeException {

    private final String messageKey;
    private final String parameter;

    BadInput(String messageKey, String parameter) {
        super(messageKey + " " + parameter);
        this.messageKey = messageKey;
        this.parameter = parameter;
    }

    String messageKey() {
        return messageKey;
    }

    String parameter() {
        return parameter;
    }
}
