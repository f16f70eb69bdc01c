package dev.camelslng.kamelets;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown table of a Kamelet's properties that docs/kamelets.md shows, made from the Kamelet itself. */
final class PropertiesTable {

    private PropertiesTable() {
    }

    static String of(KameletFile kamelet) {
        StringBuilder table = new StringBuilder("#### `" + kamelet.name() + "`\n\n")
                .append("| Property | Title | Type | Default | Description |\n|---|---|---|---|---|\n");
        kamelet.properties().forEach((name, property) -> table.append("| `").append(name).append("` | ")
                .append(property.get("title")).append(" | ").append(type(property)).append(" | ")
                .append(property.containsKey("default") ? "`" + property.get("default") + "`" : "").append(" | ")
                .append(property.get("description")).append(" |\n"));
        return table.toString();
    }

    private static String type(Map<String, Object> property) {
        String type = property.get("type") + ("password".equals(property.get("format")) ? ", secret" : "");
        if (property.get("enum") instanceof List<?> values) {
            type += ": " + values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return type;
    }
}
