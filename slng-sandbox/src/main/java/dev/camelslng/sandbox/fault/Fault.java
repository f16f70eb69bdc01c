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
        if (delayMillis < 0) {
            throw new IllegalArgumentException("Negative delay: " + delayMillis);
        }
        this.delayMillis = delayMillis;
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

    @Override
    public String toString() {
        return "Fault[" + route + ", status=" + status + ", delayMillis=" + delayMillis + ", closeConnection=" + closeConnection
               + ", malformedJson=" + malformedJson + ", afterServing=" + afterServing + ", jobFails=" + (jobFailure != null)
               + ", times=" + times + "]";
    }
}
