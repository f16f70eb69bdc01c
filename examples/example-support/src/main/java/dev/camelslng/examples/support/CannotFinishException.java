package dev.camelslng.examples.support;

import dev.camelslng.component.SlngException;

/**
 * A reason the run cannot start or finish that the user can act on: a missing file, a refused key. Its message
 * is the whole story: it is printed as one line, without a stack trace.
 */
public final class CannotFinishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the whole reason, worded for the user
     */
    public CannotFinishException(String message) {
        super(message, null, false, false);
    }

    /**
     * The component's own message when the failure has one, which names the stream and says why; else the innermost
     * message, which is where Camel keeps what went wrong ("Connection refused" alone would not say who refused).
     *
     * @param failure what went wrong
     * @return        an exception carrying that one message
     */
    public static CannotFinishException from(Throwable failure) {
        Throwable root = failure;
        while (!(root instanceof SlngException) && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return new CannotFinishException(message == null || message.isBlank() ? root.getClass().getName() : message);
    }
}
