package dev.camelslng.sandbox.fault;

/**
 * The WebSocket effects of a {@link Fault} on {@link SandboxRoute#TTS_STREAM} or {@link SandboxRoute#STT_STREAM}, set
 * through the fault's fluent methods and read by the bridges when the connection opens. All effects combine.
 */
public final class StreamEffects {

    /** The {@link #dropAfterFrames()} value when the connection is never dropped. */
    public static final int NEVER = -1;

    private int dropAfterFrames = NEVER;
    private boolean closeAfterEachUtterance;
    private boolean binaryAudio;
    private String errorCode;
    private String errorMessage;
    private boolean numericErrorCode;
    private int errorStatus;
    private boolean errorInDataEnvelope;
    private int closeAfterError;
    private long readyDelayMillis;
    private boolean neverReady;
    private long chunkDelayMillis;
    private boolean blackHole;
    private int blackHoleAfterFrames = NEVER;
    private double durationStepSeconds;
    private boolean speechOnlyDurations;
    private boolean wordTimesPerFinal;
    private int closeAfterFrames = NEVER;
    private boolean ignoreClear;
    private String answerErrorCode;
    private String answerErrorMessage;

    StreamEffects() {
    }

    void dropAfterFrames(int frames) {
        this.dropAfterFrames = frames;
    }

    void closeAfterEachUtterance() {
        this.closeAfterEachUtterance = true;
    }

    void binaryAudio() {
        this.binaryAudio = true;
    }

    void errorAfterReady(String code, String message) {
        this.errorCode = code;
        this.errorMessage = message;
    }

    void numericErrorCode() {
        this.numericErrorCode = true;
    }

    void errorStatus(int status) {
        this.errorStatus = status;
    }

    void errorInDataEnvelope() {
        this.errorInDataEnvelope = true;
    }

    void durationStepSeconds(double step) {
        this.durationStepSeconds = step;
    }

    void speechOnlyDurations() {
        this.speechOnlyDurations = true;
    }

    void wordTimesPerFinal() {
        this.wordTimesPerFinal = true;
    }

    void closeAfterError(int closeCode) {
        this.closeAfterError = closeCode;
    }

    void readyDelayMillis(long millis) {
        this.readyDelayMillis = millis;
    }

    void neverReady() {
        this.neverReady = true;
    }

    void chunkDelayMillis(long millis) {
        this.chunkDelayMillis = millis;
    }

    void blackHole() {
        this.blackHole = true;
    }

    void blackHoleAfterFrames(int frames) {
        this.blackHoleAfterFrames = frames;
    }

    void closeAfterFrames(int frames) {
        this.closeAfterFrames = frames;
    }

    void ignoreClear() {
        this.ignoreClear = true;
    }

    void errorInsteadOfAnswer(String code, String message) {
        this.answerErrorCode = code;
        this.answerErrorMessage = message;
    }

    /** @return after how many data frames (both directions) the connection is closed with 1000, or {@link #NEVER} */
    public int closeAfterFrames() {
        return closeAfterFrames;
    }

    /** @return whether the TTS bridge ignores {@code clear} */
    public boolean ignoresClear() {
        return ignoreClear;
    }

    /** @return the code of the error frame sent instead of the first answer, or null to answer */
    public String answerErrorCode() {
        return answerErrorCode;
    }

    /** @return the message of the error frame sent instead of the first answer */
    public String answerErrorMessage() {
        return answerErrorMessage;
    }

    /** @return after how many data frames (both directions) the TCP connection is dropped, or {@link #NEVER} */
    public int dropAfterFrames() {
        return dropAfterFrames;
    }

    /** @return whether the TTS bridge closes with 1000 after each {@code audio_end} */
    public boolean closesAfterEachUtterance() {
        return closeAfterEachUtterance;
    }

    /** @return whether TTS audio goes out as binary frames */
    public boolean binaryAudioFrames() {
        return binaryAudio;
    }

    /** @return the {@code code} of the error frame sent right after {@code ready}, or null for none */
    public String errorCode() {
        return errorCode;
    }

    /** @return the {@code message} of the error frame sent right after {@code ready}, or null for none */
    public String errorMessage() {
        return errorMessage;
    }

    /** @return whether the error frame's {@code code} is a JSON number (then {@link #errorCode()} holds its digits) */
    public boolean isNumericErrorCode() {
        return numericErrorCode;
    }

    /** @return the {@code status_code} of the error frame, or 0 when it carries none */
    public int errorStatus() {
        return errorStatus;
    }

    /** @return whether the error frame's fields sit under {@code data} instead of at the top level */
    public boolean isErrorInDataEnvelope() {
        return errorInDataEnvelope;
    }

    /** @return the step STT final {@code duration}s are rounded to, in seconds, or 0 for exact durations */
    public double durationStepSeconds() {
        return durationStepSeconds;
    }

    /** @return whether an STT final's {@code duration} counts its speech only, not the silence around it */
    public boolean isSpeechOnlyDurations() {
        return speechOnlyDurations;
    }

    /** @return whether an STT final's word times count from the final's own start, not the connection's */
    public boolean isWordTimesPerFinal() {
        return wordTimesPerFinal;
    }

    /** @return the close code sent after the error frame, or 0 to keep the socket open */
    public int closeAfterErrorCode() {
        return closeAfterError;
    }

    /** @return how long {@code ready} waits after {@code init}, in milliseconds */
    public long readyDelayMillis() {
        return readyDelayMillis;
    }

    /** @return whether {@code ready} is never sent */
    public boolean isNeverReady() {
        return neverReady;
    }

    /** @return the wait between two TTS audio chunks, in milliseconds */
    public long chunkDelayMillis() {
        return chunkDelayMillis;
    }

    /** @return after how many data frames (both directions) the connection goes silent and deaf, or {@link #NEVER} */
    public int blackHoleAfterFrames() {
        return blackHoleAfterFrames;
    }

    /** @return whether the connection goes silent and deaf after {@code ready} */
    public boolean isBlackHole() {
        return blackHole;
    }

    @Override
    public String toString() {
        return "dropAfterFrames=" + dropAfterFrames + ", closeAfterEachUtterance=" + closeAfterEachUtterance
               + ", binaryAudio=" + binaryAudio + ", errorAfterReady=" + errorCode + ", errorStatus=" + errorStatus
               + ", errorInDataEnvelope=" + errorInDataEnvelope + ", closeAfterError=" + closeAfterError
               + ", readyDelayMillis=" + readyDelayMillis
               + ", neverReady=" + neverReady + ", chunkDelayMillis=" + chunkDelayMillis + ", blackHole=" + blackHole
               + ", blackHoleAfterFrames=" + blackHoleAfterFrames + ", durationStepSeconds=" + durationStepSeconds
               + ", speechOnlyDurations=" + speechOnlyDurations + ", wordTimesPerFinal=" + wordTimesPerFinal
               + ", closeAfterFrames=" + closeAfterFrames
               + ", ignoreClear=" + ignoreClear + ", errorInsteadOfAnswer=" + answerErrorCode;
    }
}
