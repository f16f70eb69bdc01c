package dev.camelslng.sandbox.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.sandbox.engine.SpeechEngine;
import dev.camelslng.sandbox.fault.StreamEffects;
import io.vertx.core.Vertx;

/**
 * The TTS bridge protocol (§6): {@code text} buffers, {@code flush} (or {@code text} with {@code flush:true}) makes the
 * buffer one utterance, {@code clear} drops buffered text and unsent audio, {@code close} ends with 1000.
 */
final class TtsSession extends BridgeSession {

    private final SpeechEngine engine;
    private final StreamSettings settings;
    private final StringBuilder buffered = new StringBuilder();
    private TtsPlayer player;

    TtsSession(Vertx vertx, StreamSocket socket, StreamSessionRecord record, StreamEffects effects, Runnable onEnd, SpeechEngine engine,
               StreamSettings settings) {
        super(vertx, socket, record, effects, onEnd);
        this.engine = engine;
        this.settings = settings;
    }

    @Override
    protected void configure(JsonNode init, JsonNode config, int sampleRate) {
        String voice = init.path("voice").isTextual() ? init.get("voice").asText() : null;
        TtsPlayer.Format format = new TtsPlayer.Format(sampleRate, voice, settings.chunkBytes(),
                settings.binaryAudio() || effects.binaryAudioFrames(), effects.chunkDelayMillis(), effects.closesAfterEachUtterance());
        player = new TtsPlayer(vertx, engine, socket, record.tts, format);
    }

    @Override
    protected void onMessage(String type, JsonNode message) {
        switch (type) {
            case "text" -> {
                String text = message.path("text").asText("");
                record.tts.text(text);
                buffered.append(text);
                if (message.path("flush").asBoolean(false)) {
                    flush();
                }
            }
            case "flush" -> flush();
            case "clear" -> {
                record.tts.clear();
                if (effects.ignoresClear()) {
                    return;
                }
                buffered.setLength(0);
                player.clear();
                socket.send(Messages.of("cleared"));
            }
            case "close" -> {
                player.clear();
                socket.close(NORMAL_CLOSURE);
            }
            default -> unknown(type);
        }
    }

    @Override
    protected void onAudio(byte[] audio) {
        socket.send(Messages.error("invalid_request", "The TTS bridge takes no binary frames"));
    }

    @Override
    protected void stop() {
        if (player != null) {
            player.clear();
        }
    }

    private void flush() {
        record.tts.flush();
        String text = buffered.toString();
        buffered.setLength(0);
        if (!answersWithError()) {
            player.enqueue(text);
        }
    }
}
