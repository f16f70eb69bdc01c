package dev.camelslng.examples.filedrop;

/**
 * A problem the user can fix before the example can run (a folder, an address). Its message is the whole story: it
 * is printed as one line, without a stack trace.
 */
public final class CannotStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CannotStartException(String message) {
        super(message, null, false, false);
    }

    /** The innermost message of a failure from a library, which is where Camel keeps what went wrong. */
    static CannotStartException from(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return new CannotStartException(message == null || message.isBlank() ? root.getClass().getName() : message);
    }
}
