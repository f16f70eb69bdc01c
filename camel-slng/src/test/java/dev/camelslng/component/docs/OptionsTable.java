package dev.camelslng.component.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Build step (see camel-slng/pom.xml): writes the option and header tables of the generated component descriptor into
 * README.md between the {@code options:start} and {@code options:end} markers, so the docs cannot drift from the code.
 */
public final class OptionsTable {

    static final String START = "<!-- options:start (generated from slng.json by the build; do not edit) -->";
    static final String END = "<!-- options:end -->";

    private OptionsTable() {
    }

    /** @param args the slng.json descriptor and the README to update */
    public static void main(String[] args) throws IOException {
        JsonNode descriptor = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Path readme = Path.of(args[1]);
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(readme + " has no " + START + " ... " + END + " section");
        }
        String updated = text.substring(0, start + START.length()) + "\n" + tables(descriptor) + text.substring(end);
        if (!updated.equals(text)) {
            Files.writeString(readme, updated, StandardCharsets.UTF_8);
        }
    }

    static String tables(JsonNode descriptor) {
        StringBuilder out = new StringBuilder();
        out.append("\nURI: `").append(descriptor.path("component").path("syntax").asText()).append("`\n\n");
        table(out, "Endpoint options (also settable on the component as `camel.component.slng.<name>`)",
                descriptor.path("properties"), true);
        table(out, "Component-only options", componentOnly(descriptor), true);
        table(out, "Message headers", descriptor.path("headers"), false);
        return out.toString();
    }

    private static JsonNode componentOnly(JsonNode descriptor) {
        var only = new ObjectMapper().createObjectNode();
        for (Map.Entry<String, JsonNode> option : descriptor.path("componentProperties").properties()) {
            if (!descriptor.path("properties").has(option.getKey())) {
                only.set(option.getKey(), option.getValue());
            }
        }
        return only;
    }

    private static void table(StringBuilder out, String title, JsonNode options, boolean withDefault) {
        out.append("#### ").append(title).append("\n\n");
        out.append(withDefault ? "| Name | Group | Type | Default | Description |\n|---|---|---|---|---|\n"
                : "| Name | Type | Description |\n|---|---|---|\n");
        for (Map.Entry<String, JsonNode> option : options.properties()) {
            JsonNode o = option.getValue();
            String type = o.path("type").asText();
            if (o.has("enum")) {
                StringBuilder values = new StringBuilder();
                o.path("enum").forEach(v -> values.append(values.isEmpty() ? "" : ", ").append(v.asText()));
                type = values.toString();
            }
            String description = o.path("description").asText().replace("|", "\\|").replace("\n", " ");
            if (withDefault && o.path("secret").asBoolean()) {
                description += " *Secret: masked in URIs and logs.*";
            }
            out.append("| `").append(option.getKey()).append("` | ");
            if (withDefault) {
                out.append(o.path("group").asText()).append(" | ").append(type).append(" | ")
                        .append(o.has("defaultValue") ? "`" + o.path("defaultValue").asText() + "`" : "").append(" | ");
            } else {
                out.append(o.path("javaType").asText().replaceAll(".*\\.", "")).append(" | ");
            }
            out.append(description).append(" |\n");
        }
        out.append('\n');
    }
}
