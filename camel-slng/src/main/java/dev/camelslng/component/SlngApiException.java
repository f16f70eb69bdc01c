package dev.camelslng.component;

/** SLNG answered with an HTTP error status. */
public class SlngApiException extends SlngException {

    private final int statusCode;
    private final String errorMessage;
    private final String errorDetails;

    public SlngApiException(String message, int statusCode, String errorMessage, String errorDetails, String requestId) {
        super(message, requestId, null);
        this.statusCode = statusCode;
        this.errorMessage = errorMessage;
        this.errorDetails = errorDetails;
    }

    /** The HTTP status, e.g. 400, 401, 429, 503. */
    public int getStatusCode() {
        return statusCode;
    }

    /** The {@code error} (or {@code message}) field of the SLNG error body. */
    public String getErrorMessage() {
        return errorMessage;
    }

    /** The {@code details} (or {@code detail}) field of the SLNG error body. */
    public String getErrorDetails() {
        return errorDetails;
    }
}
