package dev.camelslng.sandbox.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The models the sandbox knows: the representative ids of the protocol document (§10.2) and the component's defaults.
 * A request naming another model, or a model of the wrong kind, is answered {@code 404 Model not found} unless the
 * catalogue accepts any well-formed id.
 */
public final class ModelCatalog {

    private static final String RESOURCE = "models.json";
    private static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9._-]*";
    /** The model id rule of protocol §2.6. */
    private static final Pattern MODEL_ID = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")+(:" + SEGMENT + ")?");

    private final Map<String, CatalogModel> models;
    private final boolean acceptAnyId;

    private ModelCatalog(Map<String, CatalogModel> models, boolean acceptAnyId) {
        this.models = models;
        this.acceptAnyId = acceptAnyId;
    }

    /**
     * The built-in catalogue.
     *
     * @param  acceptAnyId whether {@link #accepts} takes any well-formed id, known or not
     * @return             the catalogue
     */
    public static ModelCatalog representative(boolean acceptAnyId) {
        Map<String, CatalogModel> models = new LinkedHashMap<>();
        try (InputStream in = ModelCatalog.class.getResourceAsStream(RESOURCE)) {
            for (JsonNode node : new ObjectMapper().readTree(in)) {
                CatalogModel model = new CatalogModel(node.get("code").asText(), node.get("name").asText(),
                        ServiceType.valueOf(node.get("service_type").asText().toUpperCase(Locale.ROOT)),
                        node.path("streaming").asBoolean(true), node.path("batch").asBoolean(false),
                        strings(node, "protocols", List.of("https", "wss")), strings(node, "languages", List.of()),
                        strings(node, "voices", List.of()));
                models.put(model.code(), model);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sandbox model catalogue", e);
        }
        return new ModelCatalog(Collections.unmodifiableMap(models), acceptAnyId);
    }

    /**
     * Checks an id against the rule of protocol §2.6: {@code /}-separated segments (at least two) of letters, digits,
     * {@code .}, {@code _} and {@code -}, each starting with a letter or digit, and an optional {@code :variant}.
     *
     * @param  id a model id, may be null
     * @return    whether it is well formed
     */
    public static boolean isWellFormed(String id) {
        return id != null && MODEL_ID.matcher(id).matches();
    }

    /**
     * Whether a request may use a model.
     *
     * @param  use the bridge or API the id was sent to
     * @param  id  a well-formed model id
     * @return     true when the catalogue has a model of the right kind, or accepts any id
     */
    public boolean accepts(ModelUse use, String id) {
        return acceptAnyId || find(id).filter(model -> model.supports(use)).isPresent();
    }

    /**
     * Looks a model up by its exact id.
     *
     * @param  id the model id
     * @return    the model, if catalogued
     */
    public Optional<CatalogModel> find(String id) {
        return Optional.ofNullable(models.get(id));
    }

    /** @return every catalogued model, TTS first, in the order of the protocol document */
    public List<CatalogModel> models() {
        return List.copyOf(models.values());
    }

    private static List<String> strings(JsonNode node, String field, List<String> defaults) {
        if (!node.has(field)) {
            return defaults;
        }
        List<String> values = new ArrayList<>();
        node.get(field).forEach(value -> values.add(value.asText()));
        return values;
    }
}
