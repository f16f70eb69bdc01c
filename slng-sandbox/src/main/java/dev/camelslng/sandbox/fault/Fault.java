package dev.camelslng.sandbox.fault;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A misbehaviour to inject on a route, configured fluently and then handed to {@link FaultInjector#add(Fault)}:
 * <pre>{@code Fault.on(SandboxRoute.STT).status(429).header("Retry-After", "1").times(2)}</pre>
 * A delay combines with any other effect; without one of status, close or malformed JSON, the request is then served
 * normally. The sandbox always reads the whole request body before the fault takes effect. A redirect is a status
 * fault too: {@code status(302).header("Location", url)}. Configure a fault fully before adding it.
 * <p>
 * On the WebSocket bridges ({@link SandboxRoute#TTS_STREAM}, {@link SandboxRoute#STT_STREAM}) one fault is taken per
 * connection at upgrade time: delay, status (a rejected upgrade with this status, headers and body) and close connection
 * act on the upgrade; the stream effects ({@link #dropAfterFrames(int)}, {@link #errorAfterReady(String, String)}, ...)
 * act on the accepted connection and combine with each other:
 * <pre>{@code Fault.on(SandboxRoute.TTS_STREAM).chunkDelay(50).closeAfterEachUtterance().times(3)}</pre>
 */
public final class Fault {

    /** The {@link #times()} value of a fault that never runs out. */
    public static final int ALWAYS = -1;

    private static final Map<Integer, String> DEFAULT_BODIES = Map.of(
            400, "{\"error\":\"Validation error\"}",
            401, "{\"error\":\"Unauthorized\"}",
            403, "{\"error\":\"Forbidden\"}",
            404, "{\"error\":\"Not found\"}",
            408, "{\"error\":\"Request timeout\"}",
            413, "{\"error\":\"Payload too large\"}",
            429, "{\"error\":\"Too many requests\"}",
            500, "{\"error\":\"Service error\",\"details\":\"Internal processing error\"}",
            502, "{\"error\":\"Bad gateway\"}",
            503, "{\"error\":\"Service unavailable\",\"details\":\"No deployments found\"}");

    private final SandboxRoute route;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private int status;
    private String body;
    private long delayMillis;
    private boolean closeConnection;
    private boolean malformedJson;
    private boolean afterServing;
    private String jobFailure;
    private int times = 1;
    private final StreamEffects stream = new StreamEffects();

    private Fault(SandboxRoute route) {
        this.route = Objects.requireNonNull(route, "route");
    }

    /**
     * Starts a fault for a route; by default it fires once.
     *
     * @param  route the route, or {@link SandboxRoute#ANY}
     * @return       a new fault
     */
    public static Fault on(SandboxRoute route) {
        return new Fault(route);
    }

    /**
     * Answers with this status and, unless {@link #body(String)} is given, a JSON error body typical for it.
     *
     * @param  status an HTTP status code
     * @return        this fault
     */
    public Fault status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + status);
        }
        this.status = status;
        return this;
    }

    /**
     * Sets the response body of a {@link #status(int)} fault, sent as {@code application/json}.
     *
     * @param  body the body text
     * @return      this fault
     */
    public Fault body(String body) {
        this.body = body;
        return this;
    }

    /**
     * Adds a response header to a {@link #status(int)} fault.
     *
     * @param  name  header name
     * @param  value header value
     * @return       this fault
     */
    public Fault header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /**
     * Waits this long after the request body has been read, then applies the other effects or serves normally.
     *
     * @param  delayMillis the delay in milliseconds
     * @return             this fault
     */
    public Fault delayMillis(long delayMillis) {
        this.delayMillis = requireNotNegative(delayMillis);
        return this;
    }

    /**
     * Closes the TCP connection without sending any response.
     *
     * @return this fault
     */
    public Fault closeConnection() {
        this.closeConnection = true;
        return this;
    }

    /**
     * Answers 200 with {@code Content-Type: application/json} and a body that is not valid JSON.
     *
     * @return this fault
     */
    public Fault malformedJson() {
        this.malformedJson = true;
        return this;
    }

    /**
     * Serves the request first, with all its effects (a batch job is created, ...), then answers with this fault's
     * status, closed connection or malformed JSON instead of the real response: a response lost after the server acted.
     *
     * @return this fault
     */
    public Fault afterServing() {
        this.afterServing = true;
        return this;
    }

    /**
     * Makes the batch job polled next end FAILED with this error message (use on {@link SandboxRoute#BATCH_STATUS}).
     *
     * @param  errorMessage the job's {@code error_message}
     * @return              this fault
     */
    public Fault jobFails(String errorMessage) {
        this.jobFailure = Objects.requireNonNull(errorMessage, "errorMessage");
        return this;
    }

    /**
     * Fires this many times, then is gone.
     *
     * @param  times at least 1
     * @return       this fault
     */
    public Fault times(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1 (use always() for no limit): " + times);
        }
        this.times = times;
        return this;
    }

    /**
     * Fires on every matching request until {@link FaultInjector#clear()}.
     *
     * @return this fault
     */
    public Fault always() {
        this.times = ALWAYS;
        return this;
    }

    /**
     * WebSocket: drops the TCP connection without a close frame once this many data frames, counting both directions,
     * have passed on the connection.
     *
     * @param  frames at least 1
     * @return        this fault
     */
    public Fault dropAfterFrames(int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("dropAfterFrames must be at least 1: " + frames);
        }
        stream.dropAfterFrames(frames);
        return this;
    }

    /**
     * WebSocket TTS: closes with 1000 right after each utterance's {@code audio_end}, as Rime and Cartesia do.
     *
     * @return this fault
     */
    public Fault closeAfterEachUtterance() {
        stream.closeAfterEachUtterance();
        return this;
    }

    /**
     * WebSocket TTS: sends audio as binary frames instead of JSON {@code audio_chunk} messages.
     *
     * @return this fault
     */
    public Fault binaryAudio() {
        stream.binaryAudio();
        return this;
    }

    /**
     * WebSocket: sends {@code {"type":"error","code":..,"message":..}} right after {@code ready}; the socket stays open
     * unless {@link #closeAfterError(int)} is set too.
     *
     * @param  code    the error code, e.g. {@code provider_error}
     * @param  message the error message
     * @return         this fault
     */
    public Fault errorAfterReady(String code, String message) {
        stream.errorAfterReady(Objects.requireNonNull(code, "code"), Objects.requireNonNull(message, "message"));
        return this;
    }

    /**
     * WebSocket: like {@link #errorAfterReady(String, String)}, with a numeric {@code code} (§8.2: numeric codes are
     * statuses), e.g. {@code {"type":"error","code":503,"message":..}}.
     *
     * @param  code    the numeric code
     * @param  message the error message
     * @return         this fault
     */
    public Fault errorAfterReady(int code, String message) {
        errorAfterReady(Integer.toString(code), message);
        stream.numericErrorCode();
        return this;
    }

    /**
     * WebSocket: the {@link #errorAfterReady(String, String)} frame carries {@code "status_code": status} too, as some
     * providers' frames do; without this it carries no status and the client must know the code.
     *
     * @param  status an HTTP-equivalent status, e.g. 503
     * @return        this fault
     */
    public Fault errorStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + status);
        }
        stream.errorStatus(status);
        return this;
    }

    /**
     * WebSocket: the {@link #errorAfterReady(String, String)} frame's fields go under {@code data}, the nested form
     * clients accept (§8.2): {@code {"type":"error","data":{"code":..,"message":..}}}.
     *
     * @return this fault
     */
    public Fault errorInDataEnvelope() {
        stream.errorInDataEnvelope();
        return this;
    }

    /**
     * WebSocket STT: rounds each final's {@code duration} to a multiple of this many seconds, as providers report
     * durations (0.01 s, 0.1 s), instead of the exact length of the audio it covers.
     *
     * @param  seconds the step, e.g. 0.1
     * @return         this fault
     */
    public Fault roundFinalDurations(double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("The rounding step must be positive: " + seconds);
        }
        stream.durationStepSeconds(seconds);
        return this;
    }

    /**
     * WebSocket STT: each final's {@code duration} counts only its speech, from the first word's start to the last
     * word's end, not the silence before and after it that the final also covers (0 for a final without speech).
     *
     * @return this fault
     */
    public Fault finalsSkipSilence() {
        stream.speechOnlyDurations();
        return this;
    }

    /**
     * WebSocket STT: the {@code start} and {@code end} of each final's words count from the start of the audio that
     * final covers, not from the start of the connection's audio (protocol notes do not say which clock providers use).
     *
     * @return this fault
     */
    public Fault wordTimesPerFinal() {
        stream.wordTimesPerFinal();
        return this;
    }

    /**
     * WebSocket: closes with this code after the {@link #errorAfterReady(String, String)} frame.
     *
     * @param  closeCode a WebSocket close code, e.g. 1011
     * @return           this fault
     */
    public Fault closeAfterError(int closeCode) {
        if (closeCode < 1000 || closeCode > 4999) {
            throw new IllegalArgumentException("Not a WebSocket close code: " + closeCode);
        }
        stream.closeAfterError(closeCode);
        return this;
    }

    /**
     * WebSocket: waits this long between {@code init} and {@code ready}; messages sent meanwhile are read after it.
     *
     * @param  millis the delay in milliseconds
     * @return        this fault
     */
    public Fault readyDelay(long millis) {
        stream.readyDelayMillis(requireNotNegative(millis));
        return this;
    }

    /**
     * WebSocket: never answers {@code init}; nothing the client sends afterwards is read.
     *
     * @return this fault
     */
    public Fault neverReady() {
        stream.neverReady();
        return this;
    }

    /**
     * WebSocket TTS: waits this long between two audio chunks, which makes barge-in ({@code clear}) testable.
     *
     * @param  millis the delay in milliseconds
     * @return        this fault
     */
    public Fault chunkDelay(long millis) {
        stream.chunkDelayMillis(requireNotNegative(millis));
        return this;
    }

    /**
     * WebSocket: after {@code ready}, stops reading and writing (no pongs either) while the TCP connection stays open, a
     * dead connection only missing pongs reveal. As the sandbox reads nothing, it does not notice the client closing
     * either: the session counts as open in {@code streams().openCount()} until the sandbox stops.
     *
     * @return this fault
     */
    public Fault blackHole() {
        stream.blackHole();
        return this;
    }

    /**
     * WebSocket: goes half-open once this many data frames, counting both directions, have passed: as
     * {@link #blackHole()}, but in the middle of a stream, while the client is still sending (a NAT timeout, a gateway
     * node lost).
     *
     * @param  frames at least 1
     * @return        this fault
     */
    public Fault blackHoleAfterFrames(int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("blackHoleAfterFrames must be at least 1: " + frames);
        }
        stream.blackHoleAfterFrames(frames);
        return this;
    }

    /**
     * WebSocket: closes normally (1000) once this many data frames, counting both directions, have passed, whatever is
     * left unanswered: a server that keeps ending connections after a little progress but before finishing anything.
     *
     * @param  frames at least 1
     * @return        this fault
     */
    public Fault closeNormallyAfterFrames(int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("closeNormallyAfterFrames must be at least 1: " + frames);
        }
        stream.closeAfterFrames(frames);
        return this;
    }

    /**
     * WebSocket TTS: ignores {@code clear}: never answers {@code cleared}, and the audio of what it was speaking keeps
     * coming, as a provider route without barge-in support does.
     *
     * @return this fault
     */
    public Fault ignoreClear() {
        stream.ignoreClear();
        return this;
    }

    /**
     * WebSocket: answers the first {@code flush} (TTS) or {@code finalize} (STT) with an error frame instead: the
     * provider failed and that answer will never come on this connection, which stays open.
     *
     * @param  code    the error code, e.g. {@code provider_error}
     * @param  message the error message
     * @return         this fault
     */
    public Fault errorInsteadOfAnswer(String code, String message) {
        stream.errorInsteadOfAnswer(Objects.requireNonNull(code, "code"), Objects.requireNonNull(message, "message"));
        return this;
    }

    /** @return the WebSocket effects of this fault */
    public StreamEffects streamEffects() {
        return stream;
    }

    /** @return the route this fault targets */
    public SandboxRoute route() {
        return route;
    }

    /** @return the status to answer with, or 0 when the fault sets none */
    public int status() {
        return status;
    }

    /** @return the response body of a status fault: the one given, else a default for the status */
    public String body() {
        if (body != null) {
            return body;
        }
        return DEFAULT_BODIES.getOrDefault(status, "{\"error\":\"HTTP " + status + "\"}");
    }

    /** @return the extra response headers, in the order added */
    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /** @return the delay before the fault takes effect, in milliseconds */
    public long delayMillis() {
        return delayMillis;
    }

    /** @return whether the connection is closed without a response */
    public boolean closesConnection() {
        return closeConnection;
    }

    /** @return whether a 200 with invalid JSON is sent */
    public boolean sendsMalformedJson() {
        return malformedJson;
    }

    /** @return whether the request is served before the fault replaces the response */
    public boolean isAfterServing() {
        return afterServing;
    }

    /** @return the error message a polled batch job will fail with, or null */
    public String jobFailure() {
        return jobFailure;
    }

    /** @return how many times the fault fires, or {@link #ALWAYS} */
    public int times() {
        return times;
    }

    private static long requireNotNegative(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("Negative delay: " + millis);
        }
        return millis;
    }

    @Override
    public String toString() {
        return "Fault[" + route + ", status=" + status + ", delayMillis=" + delayMillis + ", closeConnection=" + closeConnection
               + ", malformedJson=" + malformedJson + ", afterServing=" + afterServing + ", jobFails=" + (jobFailure != null)
               + ", times=" + times + ", " + stream + "]";
    }
}
