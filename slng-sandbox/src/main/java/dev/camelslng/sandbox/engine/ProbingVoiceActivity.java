package dev.camelslng.sandbox.engine;

/**
 * Speech is what a fresh transcriber finds text in: exact for engines that decode frame by frame, like the tone engine.
 */
final class ProbingVoiceActivity implements VoiceActivity {

    private static final int SILENT_FRAMES_TO_END = 3;

    private final SpeechEngine engine;
    private final int sampleRate;

    ProbingVoiceActivity(SpeechEngine engine, int sampleRate) {
        this.engine = engine;
        this.sampleRate = sampleRate;
    }

    @Override
    public boolean isSpeech(byte[] frame) {
        Transcriber probe = engine.newTranscriber(sampleRate);
        probe.feed(frame);
        return !probe.result().text().isEmpty();
    }

    @Override
    public int silentFramesToEnd() {
        return SILENT_FRAMES_TO_END;
    }
}
