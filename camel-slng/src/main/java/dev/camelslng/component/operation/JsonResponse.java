package dev.camelslng.component.operation;

import java.io.IOException;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.protocol.SafeText;
import dev.camelslng.component.protocol.SlngJson;
import dev.camelslng.component.transport.http.HttpCall;
import dev.camelslng.component.transport.http.HttpResult;

/** Reads a successful response as JSON, failing with a message that says which call returned what. */
final class JsonResponse {

    private static final int SHOWN_CHARS = 120;

    private JsonResponse() {
    }

    /** Throws a {@link CompletionException} around an {@link SlngException}, as it runs inside a future's stage. */
    static <T> T read(HttpCall call, HttpResult response, Class<T> type) {
        try {
            T value = SlngJson.MAPPER.readValue(response.body(), type);
            if (value == null || value instanceof JsonNode node && !node.isObject()) {
                throw new IOException("not a JSON object");
            }
            return value;
        } catch (IOException e) {
            String text = SafeText.withoutUrlQueries(response.bodyText().strip());
            String shown = text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "..." : text;
            throw new CompletionException(new SlngException(
                    call + " returned HTTP " + response.status() + " with a body that is not the expected JSON ("
                                                            + e.getClass().getSimpleName() + "): " + shown,
                    response.requestId(), e));
        }
    }
}
