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
    /** Reads the SLNG_API_KEY environment variable, the key used when none is configured. */
    public static final Supplier<String> ENVIRONMENT_KEY = () -> System.getenv(API_KEY_ENV);
    private static final int MAX_TRACKING_ID = 128;

    /**
     * Resolves the options of one message; {@code environmentKey} supplies SLNG_API_KEY when no key is configured. Every
     * {@code CamelSlng...} override header is taken off the message: it applies to this slng: step only, so that a model
     * chosen for tts does not reach a following stt.
     */
    public static MessageOptions resolve(Message message, SlngConfiguration config, Supplier<String> environmentKey)
            throws SlngException {
        Headers headers = new Headers(message);
        SlngOperation operation = headers.take(SlngConstants.OPERATION, SlngOperation.class, config.getOperation());
        String model = headers.take(SlngConstants.MODEL, String.class, config.getModel());
        String apiKey = apiKey(headers.takeSecret(SlngConstants.API_KEY, config.getApiKey()), environmentKey);
        String providerApiKey = headers.takeSecret(SlngConstants.PROVIDER_API_KEY, config.getProviderApiKey());
        MessageOptions options = new MessageOptions(
                operation,
                modelOrDefault(operation, model),
                apiKey,
                providerApiKey,
                headers.take(SlngConstants.VOICE, String.class, config.getVoice()),
                headers.take(SlngConstants.LANGUAGE, String.class, config.getLanguage()),
                headers.take(SlngConstants.SAMPLE_RATE, Integer.class, config.getSampleRate()),
                headers.take(SlngConstants.ENCODING, String.class, config.getEncoding()),
                headers.take(SlngConstants.ENABLE_PARTIALS, Boolean.class, config.getEnablePartials()),
                headers.take(SlngConstants.OUTPUT_TYPE, SlngOutputType.class, config.getOutputType()),
                headers.take(SlngConstants.REGION, String.class, config.getRegion()),
                headers.take(SlngConstants.WORLD_PART_OVERRIDE, String.class, config.getWorldPartOverride()),
                trackingId("agentId", headers.take(SlngConstants.AGENT_ID, String.class, config.getAgentId())),
                trackingId("sessionId", headers.take(SlngConstants.SESSION_ID, String.class, config.getSessionId())),
                headers.take(SlngConstants.TRANSCRIPTION_CONFIG, String.class, config.getTranscriptionConfig()),
                headers.take(SlngConstants.BATCH_TIMEOUT, Long.class, config.getBatchTimeout()));
        if (options.providerApiKey() != null && options.model().isSlngHosted()) {
            throw new SlngException("BYOK refused before sending: model " + options.model()
                                    + " is SLNG-hosted (slng/ prefix) and SLNG accepts a provider API key only on external"
                                    + " models such as deepgram/nova:3; remove providerApiKey or use an external model");
        }
        return options;
    }

    /** The key to send: {@code configured} unless it is blank, else the one {@code environmentKey} supplies. */
    public static String apiKey(String configured, Supplier<String> environmentKey) throws SlngException {
        String apiKey = configured == null || configured.isBlank() ? environmentKey.get() : configured;
        if (apiKey == null || apiKey.isBlank()) {
            throw new SlngException("No SLNG API key: set the apiKey option (or the " + SlngConstants.API_KEY
                                    + " header) or the " + API_KEY_ENV + " environment variable");
        }
        return apiKey;
    }

    private static ModelId modelOrDefault(SlngOperation operation, String model) throws SlngException {
        if (model == null || model.isBlank()) {
            return operation.defaultModel();
        }
        try {
            return ModelId.of(model.trim());
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

    @Override
    public String toString() {
        return "MessageOptions[" + operation + ", " + model + "]";
    }
}
