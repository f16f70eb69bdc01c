package dev.camelslng.component;

import org.apache.camel.CamelException;

/**
 * A failure of an SLNG operation: bad input refused before sending, a transport failure after all retries, or a
 * response that could not be understood. Messages never contain API keys.
 */
public class SlngException extends CamelException {

    private final String requestId;

    public SlngException(String message) {
        this(message, null, null);
    }

    public SlngException(String message, String requestId, Throwable cause) {
        super(message, cause);
        this.requestId = requestId;
    }

    /** The {@code x-slng-request-id} SLNG gave the failed request, or null; quote it to SLNG support. */
    public String getRequestId() {
        return requestId;
    }
}
