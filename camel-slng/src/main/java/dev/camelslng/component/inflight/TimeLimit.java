package dev.camelslng.component.inflight;

/**
 * How long an exchange may take in all, and the option that says so, as the user knows it.
 *
 * @param text   for messages, e.g. "callTimeout=300000 ms"
 * @param millis the budget in milliseconds
 */
public record TimeLimit(String text, long millis) {

    /** The limit set by an option, e.g. {@code of("callTimeout", 300000, "")}. */
    public static TimeLimit of(String option, long millis, String note) {
        return new TimeLimit(option + "=" + millis + " ms" + note, millis);
    }
}
