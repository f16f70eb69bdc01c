package dev.camelslng.component;

import org.apache.camel.Message;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.TypeConversionException;

/** Takes override headers off a message, converting each to its option's type or saying which header is wrong. */
final class Headers {

    private final Message message;
    private final boolean empty;

    Headers(Message message) {
        this.message = message;
        this.empty = !message.hasHeaders();
    }

    <T> T take(String name, Class<T> type, T fallback) throws SlngException {
        Object value = empty ? null : message.removeHeader(name);
        if (value == null) {
            return fallback;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            return message.getExchange().getContext().getTypeConverter().mandatoryConvertTo(type, message.getExchange(),
                    value);
        } catch (NoTypeConversionAvailableException | TypeConversionException e) {
            throw new SlngException("Invalid header " + name + ": '" + value + "' is not a valid " + type.getSimpleName()
                                    + (type.isEnum() ? " value" : ""));
        }
    }

    /** Secret values are never quoted, not even in an error. */
    String takeSecret(String name, String fallback) {
        Object value = empty ? null : message.removeHeader(name);
        return value != null ? value.toString() : fallback;
    }
}
