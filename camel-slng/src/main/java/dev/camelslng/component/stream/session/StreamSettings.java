package dev.camelslng.component.stream.session;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelslng.component.MessageOptions;
import dev.camelslng.component.SlngException;
import dev.camelslng.component.audio.G711;
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
 * @param encoding       the audio encoding on the wire, e.g. linear16
 * @param speed          the TTS speed multiplier, or null
 * @param enablePartials whether STT partial transcripts are asked for, or null for the model's default
 * @param extraConfig    further {@code init.config} fields, or null
 * @param phone          the caller's G.711 law, or null: its audio is 16-bit PCM on the wire, and G.711 for the caller
 *                       (decoded before it is sent, encoded as it arrives)
 */
public record StreamSettings(ModelId model, String voice, String language, int sampleRate, String encoding, Double speed,
                             Boolean enablePartials, ObjectNode extraConfig, G711 phone) {

    public static final int DEFAULT_SAMPLE_RATE = 16_000;
    public static final String DEFAULT_ENCODING = "linear16";

    /** The settings a message asks for; {@code sampleRate} wins over the option when the audio itself says (a WAV). */
    public static StreamSettings of(MessageOptions options, Double speed, ObjectNode extraConfig, Integer sampleRate)
            throws SlngException {
        G711 phone = G711.of(options.encoding());
        int defaultRate = phone != null ? G711.PHONE_SAMPLE_RATE : DEFAULT_SAMPLE_RATE;
        int rate = sampleRate != null ? sampleRate : options.sampleRate() != null ? options.sampleRate() : defaultRate;
        if (rate <= 0) {
            throw new SlngException("Invalid sampleRate " + rate + ": must be greater than 0, e.g. 16000");
        }
        if (speed != null && !(speed > 0)) {
            throw new SlngException("Invalid speed " + speed + ": must be greater than 0, e.g. 1.0");
        }
        String wire = phone == null && options.encoding() != null ? options.encoding() : DEFAULT_ENCODING;
        return new StreamSettings(options.model(), options.voice(), options.language(), rate, wire, speed,
                options.enablePartials(), extraConfig, phone);
    }

    /** Audio bytes per second on the wire: 16-bit mono PCM for linear16, the unit of replay and pacing. */
    public int bytesPerSecond() {
        return sampleRate * 2;
    }

    /**
     * Refuses an STT encoding whose audio cannot be replayed exactly after a drop: a final's duration says how many
     * bytes it covers only for 16-bit PCM (linear16, or G.711 decoded to it; mp3 and opus are compressed at a varying
     * rate).
     *
     * @throws SlngException naming the encoding and what to send instead
     */
    public static void requireReplayable(String encoding) throws SlngException {
        if (encoding != null && !DEFAULT_ENCODING.equals(encoding) && G711.of(encoding) == null) {
            throw new SlngException("slng:stt-stream takes linear16 (16-bit PCM), mulaw or alaw audio, not encoding=" + encoding
                                    + ": after a"
                                    + " dropped connection it sends again exactly the audio no final transcript covered,"
                                    + " which a compressed encoding does not allow. Decode to PCM first, or use slng:stt");
        }
    }

    /** The encoding of the audio the caller sends or gets: its G.711 law, else the wire's. */
    public String callerEncoding() {
        return phone != null ? phone.encoding() : encoding;
    }

    /** The Content-Type of audio in the caller's encoding. */
    public String contentType() {
        return switch (callerEncoding()) {
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
