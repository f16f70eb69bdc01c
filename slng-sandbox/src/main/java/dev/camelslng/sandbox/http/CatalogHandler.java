package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.sandbox.catalog.CatalogModel;
import dev.camelslng.sandbox.catalog.ModelCatalog;
import io.vertx.core.MultiMap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code GET /v1/catalog/models} and {@code GET /v1/catalog/models/{model_code}} (protocol §10.1), open to anyone. The
 * list filters by {@code service_type}, {@code language}, {@code provider}, {@code protocol}, {@code slng_hosted_only}
 * and {@code search}; {@code region}, {@code use_case} and {@code capability} are accepted but filter nothing, as the
 * sandbox has no such data.
 */
final class CatalogHandler {

    static final String MODEL_PATH_PREFIX = "/v1/catalog/models/";

    private static final Set<String> PARAMETERS = Set.of("service_type", "language", "provider", "region", "use_case", "capability",
            "protocol", "slng_hosted_only", "search", "page", "page_size", "token");
    private static final int MAX_PAGE = 10_000;
    private static final int MAX_SEARCH_CHARS = 200;

    private final ModelCatalog models;

    CatalogHandler(ModelCatalog models) {
        this.models = models;
    }

    void list(SandboxExchange exchange) {
        MultiMap params = exchange.request().params();
        Integer page = Paging.intParam(params.get("page"), 1, 1, MAX_PAGE);
        Integer pageSize = Paging.intParam(params.get("page_size"), Paging.DEFAULT_PAGE_SIZE, 1, Paging.MAX_PAGE_SIZE);
        String problem = problem(params, page, pageSize);
        if (problem != null) {
            exchange.error(400, problem);
            return;
        }
        List<CatalogModel> matching = models.models().stream().filter(filter(params)).toList();
        exchange.json(200, new Paging(page, pageSize).result(matching, CatalogHandler::view));
    }

    void model(SandboxExchange exchange) {
        String path = exchange.request().path();
        String code = path.length() > MODEL_PATH_PREFIX.length() ? path.substring(MODEL_PATH_PREFIX.length()) : "";
        if (!ModelCatalog.isWellFormed(code)) {
            exchange.error(400, "Invalid model code");
            return;
        }
        models.find(code).ifPresentOrElse(model -> exchange.json(200, view(model)), () -> exchange.error(404, "Model not found"));
    }

    /** The first thing wrong with the query, in the real catalogue's wording where known, or null. */
    private static String problem(MultiMap params, Integer page, Integer pageSize) {
        Optional<String> unsupported = params.names().stream().filter(name -> !PARAMETERS.contains(name)).sorted().findFirst();
        if (unsupported.isPresent()) {
            return "Unsupported query parameter: " + unsupported.get();
        } else if (page == null) {
            return "page must be between 1 and " + MAX_PAGE;
        } else if (pageSize == null) {
            return "page_size must be between 1 and " + Paging.MAX_PAGE_SIZE;
        } else if (!oneOf(params.get("service_type"), "stt", "tts")) {
            return "service_type must be one of: stt, tts";
        } else if (!oneOf(params.get("protocol"), "https", "wss")) {
            return "protocol must be one of: https, wss";
        } else if (!oneOf(params.get("slng_hosted_only"), "true", "false")) {
            return "slng_hosted_only must be true or false";
        } else if (params.get("search") != null && params.get("search").length() > MAX_SEARCH_CHARS) {
            return "search must be at most " + MAX_SEARCH_CHARS + " characters";
        }
        return null;
    }

    private static boolean oneOf(String value, String... allowed) {
        return value == null || List.of(allowed).contains(value);
    }

    private static Predicate<CatalogModel> filter(MultiMap params) {
        String serviceType = params.get("service_type");
        String language = params.get("language");
        String provider = params.get("provider");
        String protocol = params.get("protocol");
        boolean slngHostedOnly = "true".equals(params.get("slng_hosted_only"));
        String search = params.get("search") == null ? null : params.get("search").toLowerCase(Locale.ROOT);
        return model -> (serviceType == null || model.serviceType().code().equals(serviceType))
                        && (language == null || model.languages().contains(language))
                        && (provider == null || model.providerCode().equals(provider))
                        && (protocol == null || model.protocols().contains(protocol))
                        && (!slngHostedOnly || model.isSlngHosted())
                        && (search == null || (model.code() + " " + model.name()).toLowerCase(Locale.ROOT).contains(search));
    }

    private static ObjectNode view(CatalogModel model) {
        ObjectNode node = Json.object().put("code", model.code()).put("name", model.name()).put("service_type", model.serviceType().code())
                .put("provider_code", model.providerCode()).put("hosted_by", model.hostedBy()).put("streaming", model.streaming())
                .put("batch", model.batch()).put("voice_count", model.voices().size());
        model.protocols().forEach(node.putArray("supported_protocols")::add);
        model.languages().forEach(node.putArray("languages")::add);
        ArrayNode voices = node.putArray("voices");
        model.voices().forEach(voice -> voices.addObject().put("voice_id", voice).put("model_code", model.code()));
        return node;
    }
}
