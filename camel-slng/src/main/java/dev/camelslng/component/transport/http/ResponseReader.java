package dev.camelslng.component.transport.http;

import java.io.IOException;
import java.io.InputStream;

import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * Reads a response into an {@link HttpResult} without trusting its size: a successful body up to the call's bound (a
 * larger one fails the call), an error body only as far as is needed to quote SLNG's message.
 */
final class ResponseReader {

    static final int ERROR_BODY_LIMIT = 64 * 1024;
    private static final String REQUEST_ID_HEADER = "x-slng-request-id";

    private ResponseReader() {
    }

    static HttpResult read(HttpCall call, ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        boolean success = status >= 200 && status < 300;
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : success ? readAll(call, entity) : readPrefix(entity);
        return new HttpResult(status, value(response, HttpHeaders.CONTENT_TYPE), value(response, REQUEST_ID_HEADER),
                value(response, HttpHeaders.RETRY_AFTER), value(response, HttpHeaders.LOCATION), body);
    }

    private static byte[] readAll(HttpCall call, HttpEntity entity) throws IOException {
        long length = entity.getContentLength();
        if (length > call.maxBodyBytes()) {
            throw tooLarge(call);
        }
        try (InputStream in = entity.getContent()) {
            long expected = length >= 0 ? length : call.maxBodyBytes();
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, expected));
            if (in.read() != -1) {
                throw tooLarge(call);
            }
            return body;
        }
    }

    /** Closing the stream before its end makes HttpClient drop the connection rather than drain an unbounded body. */
    private static byte[] readPrefix(HttpEntity entity) throws IOException {
        try (InputStream in = entity.getContent()) {
            return in.readNBytes(ERROR_BODY_LIMIT);
        }
    }

    private static ResponseTooLargeException tooLarge(HttpCall call) {
        return new ResponseTooLargeException(call + " returned a response body larger than " + call.maxBodyBytes()
                                             + " bytes (maxResponseSize); not read");
    }

    private static String value(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    /** Not retried: the same request would get the same answer. */
    static final class ResponseTooLargeException extends IOException {
        ResponseTooLargeException(String message) {
            super(message);
        }
    }
}
