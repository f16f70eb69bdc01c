package dev.camelslng.component;

import java.util.function.Supplier;

import dev.camelslng.component.protocol.ModelId;
import org.apache.camel.Message;

/**
 * The options that apply to one message: a {@code CamelSlng...} header wins over the endpoint option, which already
 * holds the component option or the default. Secret headers are removed from the message once read, so they do not
 * travel on to later endpoints.
 */
public record MessageOptions(
        SlngOperation operation, ModelId model, String apiKey, String providerApiKey, String voice, String language,
        Integer sampleRate, String encoding, Boolean enablePartials, SlngOutputType outputType, String region,
        String worldPartOverride, String agentId, String sessionId, String transcriptionConfig, long batchTimeout) {

    static final String API_KEY_ENV = "SLNG_API_KEY";
    private static final int MAX_TRACKING_ID = 128;

    /** Resolves the options of one message; {@code environmentKey} supplies SLNG_API_KEY when no key is configured. */
    public static MessageOptions resolve(Message message, SlngConfiguration config, Supplier<String> environmentKey)
            throws SlngException {
        SlngOperation operation = header(message, SlngConstants.OPERATION, SlngOperation.class, config.getOperation());
        String model = header(message, SlngConstants.MODEL, String.class, config.getModel());
        String apiKey = secretHeader(message, SlngConstants.API_KEY, config.getApiKey());
        if (apiKey == null || apiKey.isBlank()) {
            apiKey = environmentKey.get();
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new SlngException("No SLNG API key: set the apiKey option (or the " + SlngConstants.API_KEY
                                    + " header) or the " + API_KEY_ENV + " environment variable");
        }
        MessageOptions options = new MessageOptions(
                operation,
                modelOrDefault(operation, model),
                apiKey,
                secretHeader(message, SlngConstants.PROVIDER_API_KEY, config.getProviderApiKey()),
                header(message, SlngConstants.VOICE, String.class, config.getVoice()),
                header(message, SlngConstants.LANGUAGE, String.class, config.getLanguage()),
                header(message, SlngConstants.SAMPLE_RATE, Integer.class, config.getSampleRate()),
                header(message, SlngConstants.ENCODING, String.class, config.getEncoding()),
                header(message, SlngConstants.ENABLE_PARTIALS, Boolean.class, config.getEnablePartials()),
                header(message, SlngConstants.OUTPUT_TYPE, SlngOutputType.class, config.getOutputType()),
                header(message, SlngConstants.REGION, String.class, config.getRegion()),
                header(message, SlngConstants.WORLD_PART_OVERRIDE, String.class, config.getWorldPartOverride()),
                trackingId("agentId", header(message, SlngConstants.AGENT_ID, String.class, config.getAgentId())),
                trackingId("sessionId", header(message, SlngConstants.SESSION_ID, String.class, config.getSessionId())),
                header(message, SlngConstants.TRANSCRIPTION_CONFIG, String.class, config.getTranscriptionConfig()),
                header(message, SlngConstants.BATCH_TIMEOUT, Long.class, config.getBatchTimeout()));
        if (options.providerApiKey() != null && options.model().isSlngHosted()) {
            throw new SlngException("BYOK refused before sending: model " + options.model()
                                    + " is SLNG-hosted (slng/ prefix) and SLNG accepts a provider API key only on external"
                                    + " models such as deepgram/nova:3; remove providerApiKey or use an external model");
        }
        return options;
    }

    private static ModelId modelOrDefault(SlngOperation operation, String model) throws SlngException {
        if (model == null || model.isBlank()) {
            return operation.defaultModel();
        }
        try {
            return new ModelId(model.trim());
        } catch (IllegalArgumentException e) {
            throw new SlngException(e.getMessage());
        }
    }

    /** X-SLNG-Agent-Id and X-SLNG-Session-Id: at most 128 characters, no commas or control characters. */
    private static String trackingId(String option, String value) throws SlngException {
        if (value != null && (value.length() > MAX_TRACKING_ID || value.chars().anyMatch(c -> c == ',' || c < 0x20 || c == 0x7f))) {
            throw new SlngException("Invalid " + option + ": at most " + MAX_TRACKING_ID
                                    + " characters, without commas or control characters");
        }
        return value;
    }

    private static <T> T header(Message message, String name, Class<T> type, T fallback) {
        T value = message.getHeader(name, type);
        return value != null ? value : fallback;
    }

    private static String secretHeader(Message message, String name, String fallback) {
        Object value = message.removeHeader(name);
        return value != null ? value.toString() : fallback;
    }

    @Override
    public String toString() {
        return "MessageOptions[" + operation + ", " + model + "]";
    }
}
