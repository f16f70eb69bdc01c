package dev.camelslng.component.protocol;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An SLNG model id, {@code [slng/]provider/model[:variant]}, checked by the rule SLNG's own LiveKit plugin applies:
 * two or more {@code /}-separated segments of letters, digits, {@code . _ -} starting with a letter or digit, and an
 * optional {@code :variant} of the same characters.
 */
public record ModelId(String value) {

    private static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final int MAX_PARSED = 256;
    private static final Map<String, ModelId> PARSED = new ConcurrentHashMap<>();
    private static final Pattern VALID = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")+(:" + SEGMENT + ")?");

    public ModelId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid SLNG model id '" + value
                                               + "': expected [slng/]provider/model[:variant], e.g. slng/deepgram/aura:2-en");
        }
    }

    /** The id of {@code value}, parsed once per distinct id: the same few ids come with every message. */
    public static ModelId of(String value) {
        ModelId known = PARSED.get(value);
        if (known != null) {
            return known;
        }
        ModelId parsed = new ModelId(value);
        if (PARSED.size() < MAX_PARSED) {
            PARSED.put(value, parsed);
        }
        return parsed;
    }

    /** Whether the model runs on SLNG's own deployment, where bring-your-own-key is refused. */
    public boolean isSlngHosted() {
        return value.startsWith("slng/");
    }

    @Override
    public String toString() {
        return value;
    }
}
