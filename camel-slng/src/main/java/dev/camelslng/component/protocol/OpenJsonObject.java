package dev.camelslng.component.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/** A JSON object that keeps the fields SLNG sends but this client does not model, so writing it back loses nothing. */
public abstract class OpenJsonObject {

    private final Map<String, Object> extra = new LinkedHashMap<>();

    /** The fields not modelled by the subclass, in the order they arrived. */
    @JsonAnyGetter
    public Map<String, Object> getExtra() {
        return extra;
    }

    @JsonAnySetter
    public void putExtra(String name, Object value) {
        extra.put(name, value);
    }
}
