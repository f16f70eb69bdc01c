package dev.camelslng.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list answer, {@code {"items":[...], "meta":{page, page_size, total, pages}}}, as the batch and
 * catalogue APIs share it.
 *
 * @param page     the 1-based page number
 * @param pageSize the items per page
 */
record Paging(int page, int pageSize) {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    /**
     * Parses an optional integer query parameter.
     *
     * @return the value, the default when absent, or null when it is not a number in range
     */
    static Integer intParam(String value, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed < min || parsed > max ? null : parsed;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    <T> ObjectNode result(List<T> all, Function<T, ? extends JsonNode> view) {
        ObjectNode result = Json.object();
        ArrayNode items = result.putArray("items");
        all.stream().skip((long) (page - 1) * pageSize).limit(pageSize).forEach(item -> items.add(view.apply(item)));
        result.putObject("meta").put("page", page).put("page_size", pageSize).put("total", all.size())
                .put("pages", (all.size() + pageSize - 1) / pageSize);
        return result;
    }
}
