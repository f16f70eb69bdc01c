package dev.camelslng.component.stream.session;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.component.MessageOptions;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.protocol.ModelId;
import dev.camelslng.component.protocol.SlngJson;
import dev.camelslng.component.protocol.stream.ClientMessages;

/**
 * What a session's {@code init} says, fixed when the session opens: SLNG takes no change of voice, language or format
 * on an open session, so a message asking for other settings on the same stream is refused rather than ignored.
 *
 * @param model          the model of the bridge path
 * @param voice          the TTS voice, or null
 * @param language       the language code, or null for the model's default
 * @param sampleRate     the audio sample rate in Hz
 * @param encoding       the audio encoding, e.g. linear16
 * @param speed          the TTS speed multiplier, or null
 * @param enablePartials whether STT partial transcripts are asked for, or null for the model's default
 * @param extraConfig    further {@code init.config} fields, or null
 */
public record StreamSettings(ModelId model, String voice, String language, int sampleRate, String encoding, Double speed,
                             Boolean enablePartials, ObjectNode extraConfig) {

    public static final int DEFAULT_SAMPLE_RATE = 16_000;
    public static final String DEFAULT_ENCODING = "linear16";

    /** The settings a message asks for; {@code sampleRate} wins over the option when the audio itself says (a WAV). */
    public static StreamSettings of(MessageOptions options, Double speed, ObjectNode extraConfig, Integer sampleRate)
            throws SlngException {
        int rate = sampleRate != null ? sampleRate : options.sampleRate() != null ? options.sampleRate() : DEFAULT_SAMPLE_RATE;
        if (rate <= 0) {
            throw new SlngException("Invalid sampleRate " + rate + ": must be greater than 0, e.g. 16000");
        }
        if (speed != null && !(speed > 0)) {
            throw new SlngException("Invalid speed " + speed + ": must be greater than 0, e.g. 1.0");
        }
        return new StreamSettings(options.model(), options.voice(), options.language(), rate,
                options.encoding() != null ? options.encoding() : DEFAULT_ENCODING, speed, options.enablePartials(), extraConfig);
    }

    /** Audio bytes per second: 16-bit mono PCM for linear16, the unit of replay and pacing. */
    public int bytesPerSecond() {
        return sampleRate * 2;
    }

    /**
     * Refuses an STT encoding whose audio cannot be replayed exactly after a drop: a final's duration says how many
     * bytes it covers only for linear16 (mp3 and opus are compressed at a varying rate).
     *
     * @throws SlngException naming the encoding and what to send instead
     */
    public static void requireReplayable(String encoding) throws SlngException {
        if (encoding != null && !DEFAULT_ENCODING.equals(encoding)) {
            throw new SlngException("slng:stt-stream takes linear16 audio (16-bit PCM), not encoding=" + encoding + ": after a"
                                    + " dropped connection it sends again exactly the audio no final transcript covered,"
                                    + " which a compressed encoding does not allow. Decode to PCM first, or use slng:stt");
        }
    }

    /** The Content-Type of audio in this encoding. */
    public String contentType() {
        return switch (encoding) {
            case "mp3" -> "audio/mpeg";
            case "opus" -> "audio/opus";
            case "flac" -> "audio/flac";
            case "aac" -> "audio/aac";
            case "mulaw" -> "audio/basic";
            case "alaw" -> "audio/x-alaw-basic";
            default -> "audio/pcm";
        };
    }

    /** The {@code init} frame for the TTS or the STT bridge. */
    public String initMessage(boolean speechToText) {
        ObjectNode config = SlngJson.MAPPER.createObjectNode();
        config.put("sample_rate", sampleRate);
        config.put("encoding", encoding);
        if (language != null) {
            config.put("language", language);
        }
        if (speed != null && !speechToText) {
            config.put("speed", speed);
        }
        if (enablePartials != null && speechToText) {
            config.put("enable_partials", enablePartials);
        }
        if (extraConfig != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = extraConfig.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                config.set(field.getKey(), field.getValue());
            }
        }
        return ClientMessages.init(speechToText ? null : model.value(), speechToText ? null : voice, config);
    }

    /** The {@code initConfig} option as a JSON object, or null when it is not set. */
    public static ObjectNode parseConfig(String json) throws SlngException {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode node = SlngJson.MAPPER.readTree(json);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // reported below, without the parser's position details
        }
        throw new SlngException("Invalid initConfig: expected a JSON object such as {\"smart_format\":true}");
    }
}
