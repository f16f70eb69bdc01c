package dev.camelslng.kamelets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** One Kamelet YAML file as this module's jar ships it (under {@code kamelets/} on the classpath), read as plain YAML. */
record KameletFile(String name, String text, Map<String, Object> yaml) {

    private static final String SUFFIX = ".kamelet.yaml";

    /** @return every Kamelet on this module's classpath folder {@code kamelets/}, by name */
    static List<KameletFile> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(file -> file.toString().endsWith(SUFFIX)).sorted().map(KameletFile::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the Kamelet called {@code name} */
    static KameletFile named(String name) {
        return read(folder().resolve(name + SUFFIX));
    }

    private static Path folder() {
        try {
            return Path.of(KameletFile.class.getClassLoader().getResource("kamelets").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static KameletFile read(Path file) {
        try {
            String text = Files.readString(file);
            Map<String, Object> yaml = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
            String fileName = file.getFileName().toString();
            return new KameletFile(fileName.substring(0, fileName.length() - SUFFIX.length()), text, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the node at {@code path} (keys of nested maps), or null when absent */
    Object at(String... path) {
        Object node = yaml;
        for (String key : path) {
            node = node instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return node;
    }

    /** @return the map at {@code path}, or an empty map when absent */
    @SuppressWarnings("unchecked")
    Map<String, Object> mapAt(String... path) {
        return at(path) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** @return the Kamelet's properties: name to definition */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> properties() {
        return (Map<String, Map<String, Object>>) (Map<String, ?>) mapAt("spec", "definition", "properties");
    }

    /** @return the text of {@code spec.template}, the route the Kamelet becomes */
    String templateText() {
        return text.substring(text.indexOf("\n  template:"));
    }

    @Override
    public String toString() {
        return name;
    }
}
