package dev.camelslng.component.protocol;

import java.util.regex.Pattern;

/**
 * An SLNG model id, {@code [slng/]provider/model[:variant]}, checked by the rule SLNG's own LiveKit plugin applies:
 * two or more {@code /}-separated segments of letters, digits, {@code . _ -} starting with a letter or digit, and an
 * optional {@code :variant} of the same characters.
 */
public record ModelId(String value) {

    private static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final Pattern VALID = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")+(:" + SEGMENT + ")?");

    public ModelId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid SLNG model id '" + value
                                               + "': expected [slng/]provider/model[:variant], e.g. slng/deepgram/aura:2-en");
        }
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
