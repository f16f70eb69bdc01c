package dev.camelslng.quarkus.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.camelslng.component.protocol.SlngJson;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The native hints cover what Jackson binds in the component as built, read from its classes as Quarkus indexes them. */
class JacksonBoundClassesTest {

    @Test
    void theAnnotatedProtocolClassesTheirSuperclassAndTheBatchResult() throws Exception {
        Set<String> bound = JacksonBoundClasses.in(protocolClasses());

        assertEquals(Set.of(
                "dev.camelslng.component.protocol.BatchTranscription",
                "dev.camelslng.component.protocol.OpenJsonObject",
                "dev.camelslng.component.protocol.SttTranscription",
                "dev.camelslng.component.protocol.SttTranscription$Alternative",
                "dev.camelslng.component.protocol.TtsRequest"), bound);
    }

    /** Every class of the component's protocol packages, from its jar or its reactor build's classes directory. */
    private static Index protocolClasses() throws IOException, URISyntaxException {
        Path location = Path.of(SlngJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Indexer indexer = new Indexer();
        if (Files.isDirectory(location)) {
            index(location, indexer);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                index(jar.getPath("/"), indexer);
            }
        }
        return indexer.complete();
    }

    private static void index(Path root, Indexer indexer) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root.resolve("dev/camelslng/component/protocol"))) {
            classes = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : classes) {
            try (InputStream in = Files.newInputStream(file)) {
                indexer.index(in);
            }
        }
    }
}
