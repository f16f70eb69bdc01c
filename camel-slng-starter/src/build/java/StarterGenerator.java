import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Build step of camel-slng-starter (run by exec-maven-plugin in generate-sources with the module's compile classpath): reads
 * the component descriptor that camel-component-maven-plugin wrote into camel-slng and writes, for every component option,
 * a property of the {@code @ConfigurationProperties} class and an entry of {@code META-INF/spring-configuration-metadata.json}.
 * Nothing is kept by hand, so a new option of the component reaches Spring Boot users with the next build.
 * <p>
 * Arguments: the descriptor's resource name on the classpath, the generated sources folder, the generated resources folder.
 */
public final class StarterGenerator {

    static final String PACKAGE = "dev.camelslng.component.springboot";
    static final String CLASS = "SlngComponentConfiguration";

    private StarterGenerator() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode descriptor = readDescriptor(args[0]);
        String scheme = descriptor.path("component").path("scheme").asText();
        String prefix = "camel.component." + scheme;
        List<StarterOption> options = new ArrayList<>();
        descriptor.path("componentProperties").properties().forEach(e -> options.add(StarterOption.of(e.getKey(), e.getValue())));
        options.sort(Comparator.comparing(StarterOption::name));
        String description = descriptor.path("component").path("description").asText();

        Path source = Path.of(args[1], PACKAGE.replace('.', '/'), CLASS + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, PropertiesClassSource.of(prefix, description, options), StandardCharsets.UTF_8);

        Path metadata = Path.of(args[2], "META-INF", "spring-configuration-metadata.json");
        Files.createDirectories(metadata.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(metadata.toFile(), SpringMetadata.of(prefix, description, options));
        System.out.println("[StarterGenerator] " + options.size() + " options of " + args[0] + " -> " + source + ", " + metadata);
    }

    private static JsonNode readDescriptor(String resource) throws IOException {
        try (InputStream in = StarterGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath: build camel-slng first");
            }
            return new ObjectMapper().readTree(in);
        }
    }
}

/** One component option as Spring Boot sees it: a kebab-case property with a Java type Spring can bind from text. */
record StarterOption(String name, String javaType, String kind, String description, JsonNode defaultValue, boolean secret,
                     boolean deprecated, List<String> enums) {

    static StarterOption of(String name, JsonNode json) {
        List<String> values = new ArrayList<>();
        json.path("enum").forEach(v -> values.add(v.asText()));
        return new StarterOption(name, json.path("javaType").asText(), json.path("type").asText(),
                json.path("description").asText(), json.get("defaultValue"), json.path("secret").asBoolean(),
                json.path("deprecated").asBoolean(), values);
    }

    /**
     * Primitives become wrappers so that null means "not set"; beans keep their own type, bound from a {@code #bean:name}
     * reference by SlngComponentConverter, as in Camel's own starters.
     */
    String fieldType() {
        if (isBeanReference()) {
            return javaType;
        }
        return switch (javaType) {
            case "boolean", "java.lang.Boolean" -> "java.lang.Boolean";
            case "int", "java.lang.Integer" -> "java.lang.Integer";
            case "long", "java.lang.Long" -> "java.lang.Long";
            case "double", "java.lang.Double" -> "java.lang.Double";
            default -> "java.lang.String";
        };
    }

    boolean isBeanReference() {
        return "object".equals(kind);
    }

    String fullDescription() {
        return isBeanReference()
                ? sentence(description) + " The option is a reference to a bean of type " + javaType
                  + " in the registry, such as #bean:myName."
                : description;
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    String propertyName() {
        return name.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    String capitalized() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}

/** The source of the {@code @ConfigurationProperties} class: a field with javadoc, a getter and a setter per option. */
final class PropertiesClassSource {

    private PropertiesClassSource() {
    }

    static String of(String prefix, String description, List<StarterOption> options) {
        StringBuilder out = new StringBuilder();
        out.append("package ").append(StarterGenerator.PACKAGE).append(";\n\n")
                .append("import java.util.Set;\n\n")
                .append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n")
                .append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n")
                .append("/**\n * ").append(javadoc(description)).append("\n * <p>\n")
                .append(" * Generated from the component descriptor by camel-slng-starter's build: do not edit. A property left\n")
                .append(" * unset (null or blank) keeps the component's own default. {@code enabled} and {@code customizer.enabled} come\n")
                .append(" * from camel-spring-boot's common part, as in Camel's own starters.\n */\n")
                .append("@ConfigurationProperties(prefix = \"").append(prefix).append("\")\n")
                .append("public class ").append(StarterGenerator.CLASS).append(" extends ComponentConfigurationPropertiesCommon {\n\n")
                .append("    /** The options holding secrets, by their component option names: never shown or logged. */\n")
                .append("    public static final Set<String> SECRET_OPTIONS = Set.of(")
                .append(options.stream().filter(StarterOption::secret).map(o -> '"' + o.name() + '"').collect(Collectors.joining(", ")))
                .append(");\n\n")
                .append("    /** The types of the options that take a bean, by reference ({@code #bean:name}): SlngComponentConverter's. */\n")
                .append("    public static final Set<Class<?>> BEAN_TYPES = Set.of(")
                .append(options.stream().filter(StarterOption::isBeanReference).map(o -> o.javaType() + ".class").distinct()
                        .collect(Collectors.joining(", ")))
                .append(");\n");
        for (StarterOption o : options) {
            out.append("\n    /**\n     * ").append(javadoc(o.fullDescription())).append("\n     */\n");
            if (o.deprecated()) {
                out.append("    @Deprecated\n");
            }
            out.append("    private ").append(o.fieldType()).append(' ').append(o.name()).append(";\n");
        }
        for (StarterOption o : options) {
            out.append("\n    public ").append(o.fieldType()).append(" get").append(o.capitalized()).append("() {\n")
                    .append("        return ").append(o.name()).append(";\n    }\n\n")
                    .append("    public void set").append(o.capitalized()).append('(').append(o.fieldType()).append(' ')
                    .append(o.name()).append(") {\n        this.").append(o.name()).append(" = ").append(o.name()).append(";\n    }\n");
        }
        return out.append("}\n").toString();
    }

    private static String javadoc(String text) {
        return text.replace("*/", "*&#47;").replace("\n", "\n     * ");
    }
}

/** The content of {@code META-INF/spring-configuration-metadata.json}: group, properties with defaults, value hints. */
final class SpringMetadata {

    private SpringMetadata() {
    }

    static Map<String, Object> of(String prefix, String description, List<StarterOption> options) {
        String sourceType = StarterGenerator.PACKAGE + "." + StarterGenerator.CLASS;
        List<Map<String, Object>> properties = new ArrayList<>();
        List<Map<String, Object>> hints = new ArrayList<>();
        for (StarterOption o : options) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("name", prefix + "." + o.propertyName());
            property.put("type", o.fieldType());
            property.put("description", o.fullDescription());
            property.put("sourceType", sourceType);
            if (o.defaultValue() != null) {
                property.put("defaultValue", o.defaultValue());
            }
            if (o.deprecated()) {
                property.put("deprecated", true);
                property.put("deprecation", Map.of("level", "warning"));
            }
            properties.add(property);
            if (!o.enums().isEmpty()) {
                hints.add(Map.of("name", prefix + "." + o.propertyName(),
                        "values", o.enums().stream().map(v -> Map.of("value", v)).toList()));
            }
        }
        properties.add(switchProperty(prefix + ".customizer.enabled", "Whether the " + prefix + ".* options are applied to the"
                + " component (its customizer). This is enabled by default; camel.component.customizer.enabled=false turns"
                + " it off for every component.", "org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon$CustomizerProperties"));
        properties.add(switchProperty(prefix + ".enabled", "Whether to enable auto configuration of the " + prefix.substring(
                prefix.lastIndexOf('.') + 1) + " component. This is enabled by default.", sourceType));
        properties.sort(Comparator.comparing(property -> (String) property.get("name")));
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", prefix);
        group.put("type", sourceType);
        group.put("description", description);
        group.put("sourceType", sourceType);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("groups", List.of(group));
        metadata.put("properties", properties);
        metadata.put("hints", hints);
        return metadata;
    }

    /** One of the two switches every Camel starter has, on by default. */
    private static Map<String, Object> switchProperty(String name, String description, String sourceType) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("name", name);
        property.put("type", "java.lang.Boolean");
        property.put("description", description);
        property.put("sourceType", sourceType);
        property.put("defaultValue", true);
        return property;
    }
}
