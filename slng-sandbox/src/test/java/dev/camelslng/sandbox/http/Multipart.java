package dev.camelslng.sandbox.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * A hand-built multipart/form-data body that streams its parts, so tests can upload more than the heap holds.
 */
final class Multipart {

    private static final String BOUNDARY = "sandbox-test-boundary-7d1f";

    private final List<Supplier<InputStream>> segments = new ArrayList<>();

    Multipart field(String name, String value) {
        text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    Multipart file(String name, String fileName, String contentType, byte[] content) {
        return file(name, fileName, contentType, () -> new ByteArrayInputStream(content));
    }

    Multipart file(String name, String fileName, String contentType, Supplier<InputStream> content) {
        text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
             + "Content-Type: " + contentType + "\r\n\r\n");
        segments.add(content);
        text("\r\n");
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    HttpRequest.BodyPublisher publisher() {
        List<Supplier<InputStream>> all = new ArrayList<>(segments);
        byte[] end = ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        all.add(() -> new ByteArrayInputStream(end));
        return HttpRequest.BodyPublishers.ofInputStream(
                () -> new SequenceInputStream(Collections.enumeration(all.stream().map(Supplier::get).toList())));
    }

    private void text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        segments.add(() -> new ByteArrayInputStream(bytes));
    }
}
