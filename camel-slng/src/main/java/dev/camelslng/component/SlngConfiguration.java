package dev.camelslng.component;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The options of an {@code slng:} endpoint. The component holds one instance as defaults and gives every endpoint its
 * own {@link #copy()}.
 */
@UriParams
public class SlngConfiguration implements Cloneable {

    @UriPath(enums = "tts,stt,batch-stt,tts-stream,stt-stream")
    @Metadata(required = true)
    private SlngOperation operation;
    @UriPath(label = "stream", defaultValue = "default")
    private String name = StreamNames.DEFAULT_NAME;
    @UriParam(label = "producer")
    private String model;
    @UriParam(label = "security", secret = true)
    private String apiKey;
    @UriParam(label = "security", secret = true)
    private String providerApiKey;
    @UriParam(label = "producer")
    private String baseUrl;
    @UriParam(label = "producer")
    private String worldPart;
    @UriParam(label = "producer")
    private String batchBaseUrl;
    @UriParam(label = "producer")
    private String region;
    @UriParam(label = "producer")
    private String worldPartOverride;
    @UriParam(label = "producer")
    private String agentId;
    @UriParam(label = "producer")
    private String sessionId;
    @UriParam(label = "producer,tts")
    private String voice;
    @UriParam(label = "producer,stt")
    private String language;
    @UriParam(label = "producer,stt")
    private Integer sampleRate;
    @UriParam(label = "producer,stt", enums = "linear16,mp3,opus,mulaw,alaw")
    private String encoding;
    @UriParam(label = "producer,stt")
    private Boolean enablePartials;
    @UriParam(label = "producer,stt", defaultValue = "transcript", enums = "transcript,response")
    private SlngOutputType outputType = SlngOutputType.TRANSCRIPT;
    @UriParam(label = "producer,batch")
    private String transcriptionConfig;
    @UriParam(label = "producer,batch", defaultValue = "1500")
    private long batchPollInterval = 1500;
    @UriParam(label = "producer,batch", defaultValue = "15000")
    private long batchMaxPollInterval = 15000;
    @UriParam(label = "producer,batch", defaultValue = "1800000")
    private long batchTimeout = 1800000;
    @UriParam(label = "producer,retry", defaultValue = "3")
    private int retryMaxAttempts = 3;
    @UriParam(label = "producer,retry", defaultValue = "1000")
    private long retryInitialDelay = 1000;
    @UriParam(label = "producer,retry", defaultValue = "30000")
    private long retryMaxDelay = 30000;
    @UriParam(label = "producer,retry", defaultValue = "300000")
    private long callTimeout = 300000;
    @UriParam(label = "producer,retry", defaultValue = "false")
    private boolean requestSentRetryEnabled;
    @UriParam(label = "producer,advanced", defaultValue = "10000")
    private long connectTimeout = 10000;
    @UriParam(label = "producer,advanced", defaultValue = "60000")
    private long responseTimeout = 60000;
    @UriParam(label = "producer,proxy")
    private String proxyHost;
    @UriParam(label = "producer,proxy")
    private Integer proxyPort;
    @UriParam(label = "security")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "producer,advanced", defaultValue = "20")
    private int maxTotalConnections = 20;
    @UriParam(label = "producer,advanced", defaultValue = "20")
    private int connectionsPerRoute = 20;
    @UriParam(label = "producer,advanced", defaultValue = "16777216")
    private long maxResponseSize = 16 * 1024 * 1024;
    @UriParam(label = "security", defaultValue = "false")
    private boolean allowPlainHttp;
    @UriParam(label = "producer,tts")
    private Double speed;
    @UriParam(label = "stream")
    private String initConfig;
    @UriParam(label = "stream", defaultValue = "5000")
    private long readyTimeout = 5000;
    @UriParam(label = "stream", defaultValue = "30000")
    private long closeTimeout = 30000;
    @UriParam(label = "stream", defaultValue = "300000")
    private long sessionIdleTimeout = 300000;
    @UriParam(label = "stream", defaultValue = "100")
    private int maxSessions = 100;
    @UriParam(label = "stream", defaultValue = "false")
    private boolean replyWithResult = false;
    @UriParam(label = "stream", defaultValue = "4096")
    private int chunkSize = 4096;
    @UriParam(label = "stream", defaultValue = "false")
    private boolean realTimePacing = false;
    @UriParam(label = "consumer", defaultValue = "audio,partial,final,utterance_end,error")
    private String events = "audio,partial,final,utterance_end,error";
    @UriParam(label = "stream", defaultValue = "NONE", enums = "NONE,WORD,PHRASE,SENTENCE")
    private SlngTextChunking textChunking = SlngTextChunking.NONE;
    @UriParam(label = "stream,reconnect", defaultValue = "1000")
    private long reconnectInitialDelay = 1000;
    @UriParam(label = "stream,reconnect", defaultValue = "30000")
    private long reconnectMaxDelay = 30000;
    @UriParam(label = "stream,reconnect", defaultValue = "2.0")
    private double reconnectMultiplier = 2.0;
    @UriParam(label = "stream,reconnect", defaultValue = "10")
    private int reconnectMaxAttempts = 10;
    @UriParam(label = "stream,reconnect", defaultValue = "1000")
    private int sendQueueSize = 1000;
    @UriParam(label = "stream,reconnect", defaultValue = "5000")
    private long sendQueueTimeout = 5000;
    @UriParam(label = "stream,reconnect", defaultValue = "10485760")
    private long replayBufferSize = 10485760;
    @UriParam(label = "stream", defaultValue = "5000")
    private long keepAliveInterval = 5000;
    @UriParam(label = "stream", defaultValue = "10000")
    private long pongTimeout = 10000;
    @UriParam(label = "stream,advanced", defaultValue = "1048576")
    private int maxMessageSize = 1048576;
    @UriParam(label = "producer,advanced")
    private HttpClientConfigurer httpClientConfigurer;
    @UriParam(label = "producer,advanced")
    private CloseableHttpClient httpClient;

    public Double getSpeed() {
        return speed;
    }

    /**
     * The TTS speed multiplier sent in the stream's init (tts-stream), e.g. 1.2; when not set, the model's default.
     */
    public void setSpeed(Double speed) {
        this.speed = speed;
    }

    public String getInitConfig() {
        return initConfig;
    }

    /**
     * Further init.config fields for tts-stream and stt-stream sessions: a JSON object (for example with smart_format set
     * to true), merged over the fields that the other options set.
     */
    public void setInitConfig(String initConfig) {
        this.initConfig = initConfig;
    }

    public long getReadyTimeout() {
        return readyTimeout;
    }

    /**
     * Milliseconds a stream session waits for SLNG's ready after sending init; then the connection counts as failed
     * and is retried.
     */
    public void setReadyTimeout(long readyTimeout) {
        this.readyTimeout = readyTimeout;
    }

    public long getCloseTimeout() {
        return closeTimeout;
    }

    /**
     * Milliseconds a closing stream session waits for what it still owes: on stt-stream the final transcripts of all its
     * audio, on tts-stream the audio of its flushed text. A connection that drops meanwhile is reconnected and the
     * unanswered audio or text sent again. When the time is up, the session ends with an error event saying what was
     * not answered, and the exchanges waiting for it fail.
     */
    public void setCloseTimeout(long closeTimeout) {
        this.closeTimeout = closeTimeout;
    }

    public long getSessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    /**
     * Milliseconds without messages after which a stream session closes; the next message for its stream id opens it
     * again.
     */
    public void setSessionIdleTimeout(long sessionIdleTimeout) {
        this.sessionIdleTimeout = sessionIdleTimeout;
    }

    public int getMaxSessions() {
        return maxSessions;
    }

    /**
     * The most stream sessions (stream ids) open at once on one endpoint; a message for a new stream beyond it fails
     * with an error that says so.
     */
    public void setMaxSessions(int maxSessions) {
        this.maxSessions = maxSessions;
    }

    public boolean isReplyWithResult() {
        return replyWithResult;
    }

    /**
     * Request-reply for streams: tts-stream replies with the whole audio of the utterance (16-bit PCM for linear16),
     * stt-stream streams the body, finalizes and replies with the final transcripts of that audio. Without it, the
     * exchange completes once its text or audio is sent and the results reach the endpoint's consumer, whatever its
     * exchange pattern: routes are often InOut without waiting for a reply in mind (a REST or direct caller), and a
     * stream that waited for the audio of every message would stop streaming.
     */
    public void setReplyWithResult(boolean replyWithResult) {
        this.replyWithResult = replyWithResult;
    }

    public int getChunkSize() {
        return chunkSize;
    }

    /**
     * stt-stream: bytes per audio frame when a whole body (a file, a stream, a WAV) is sent; byte[] bodies larger than
     * it are split too.
     */
    public void setChunkSize(int chunkSize) {
        this.chunkSize = chunkSize;
    }

    public boolean isRealTimePacing() {
        return realTimePacing;
    }

    /**
     * stt-stream: send a whole body at the pace it would be spoken (16 kHz 16-bit audio: 32,000 bytes a second), as a
     * live source would, instead of as fast as possible.
     */
    public void setRealTimePacing(boolean realTimePacing) {
        this.realTimePacing = realTimePacing;
    }

    public String getEvents() {
        return events;
    }

    /**
     * Stream consumers: the events the route gets, comma-separated: audio (chunks and audio_end), partial, final,
     * utterance_end, error, and lifecycle (opened, reconnecting, resumed with the bytes sent again, closed once every
     * final or audio of the session was delivered, failed with the reason). The others are not made into exchanges,
     * e.g. events=final,lifecycle for a transcript route that must know when a call ended.
     */
    public void setEvents(String events) {
        this.events = events;
    }

    public SlngTextChunking getTextChunking() {
        return textChunking;
    }

    /**
     * tts-stream: how the text of the messages is cut into the pieces sent to SLNG, for text that arrives as it is
     * written, such as an LLM's tokens: NONE sends each message as it is; WORD, PHRASE (at punctuation, or past 60
     * characters) and SENTENCE hold text until a piece is complete. Cuts fall only at whitespace, so numbers split
     * across tokens stay whole, and a piece without a letter or digit (a newline, a lone dash) is never sent on its own.
     * Whitespace-only messages are taken. With NONE each message ends its utterance unless CamelSlngFlush=false; with
     * chunking a turn ends with CamelSlngFlush=true or CamelSlngStreamCommand=flush, which also sends what is held.
     */
    public void setTextChunking(SlngTextChunking textChunking) {
        this.textChunking = textChunking;
    }

    public long getReconnectInitialDelay() {
        return reconnectInitialDelay;
    }

    /**
     * Milliseconds before the first reconnect attempt after a stream connection drops; each further attempt waits
     * reconnectMultiplier times longer, up to reconnectMaxDelay, with 20% jitter.
     */
    public void setReconnectInitialDelay(long reconnectInitialDelay) {
        this.reconnectInitialDelay = reconnectInitialDelay;
    }

    public long getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    /**
     * The longest wait between reconnect attempts, in milliseconds. A 429 whose Retry-After asks for longer fails the
     * session at once.
     */
    public void setReconnectMaxDelay(long reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    public double getReconnectMultiplier() {
        return reconnectMultiplier;
    }

    /**
     * How much longer each reconnect attempt waits than the one before.
     */
    public void setReconnectMultiplier(double reconnectMultiplier) {
        this.reconnectMultiplier = reconnectMultiplier;
    }

    public int getReconnectMaxAttempts() {
        return reconnectMaxAttempts;
    }

    /**
     * Reconnect attempts after a drop before the session fails for good; 0 retries forever. Failures retrying cannot
     * fix (a rejected key, a bad init, close 1008, a 4xx on the upgrade other than 408, 409, 425 and 429) fail at
     * once.
     */
    public void setReconnectMaxAttempts(int reconnectMaxAttempts) {
        this.reconnectMaxAttempts = reconnectMaxAttempts;
    }

    public int getSendQueueSize() {
        return sendQueueSize;
    }

    /**
     * Frames (texts, audio chunks of chunkSize bytes, commands) that may wait, per stream, while its session connects
     * or reconnects; they go out in order once it is ready. A message that finds room is taken whole.
     */
    public void setSendQueueSize(int sendQueueSize) {
        this.sendQueueSize = sendQueueSize;
    }

    public long getSendQueueTimeout() {
        return sendQueueTimeout;
    }

    /**
     * Milliseconds a message that finds its stream's send queue full waits for room, on a worker thread (the caller's
     * thread goes on); 0 fails it at once.
     */
    public void setSendQueueTimeout(long sendQueueTimeout) {
        this.sendQueueTimeout = sendQueueTimeout;
    }

    public long getReplayBufferSize() {
        return replayBufferSize;
    }

    /**
     * stt-stream: bytes of audio kept since the last final transcript, sent again on a new connection after a drop so
     * that no speech is lost or transcribed twice (10 MiB is 5.5 minutes of 16 kHz audio).
     */
    public void setReplayBufferSize(long replayBufferSize) {
        this.replayBufferSize = replayBufferSize;
    }

    public long getKeepAliveInterval() {
        return keepAliveInterval;
    }

    /**
     * Milliseconds without sending after which a stream session sends a keepalive message and a WebSocket ping.
     */
    public void setKeepAliveInterval(long keepAliveInterval) {
        this.keepAliveInterval = keepAliveInterval;
    }

    public long getPongTimeout() {
        return pongTimeout;
    }

    /**
     * Milliseconds a ping may go unanswered (with nothing else received) before the connection counts as dead and is
     * replaced.
     */
    public void setPongTimeout(long pongTimeout) {
        this.pongTimeout = pongTimeout;
    }

    public int getMaxMessageSize() {
        return maxMessageSize;
    }

    /**
     * The largest WebSocket frame or message accepted from SLNG, in bytes; a larger frame closes the connection, which
     * is then replaced.
     */
    public void setMaxMessageSize(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    public SlngOperation getOperation() {
        return operation;
    }

    /**
     * The operation: tts (text to audio), stt (audio to transcript), batch-stt (long audio through the batch API), or the
     * WebSocket streams tts-stream (text in, audio chunks out) and stt-stream (audio in, partial and final transcripts
     * out).
     */
    public void setOperation(SlngOperation operation) {
        this.operation = operation;
    }

    public String getName() {
        return name;
    }

    /**
     * tts-stream and stt-stream: the stream name. Every producer and consumer of one operation and name
     * (slng:stt-stream:calls) shares one set of sessions, whatever its other options: a consumer needs only the name and
     * its events. An option that defines the sessions (gateway, keys, model, voice, language, audio format, partials,
     * connection, timeouts, queues, reconnects) set in one endpoint's URI applies to every endpoint of the name; two URIs
     * that set one differently fail at start, naming it. Without a name: default.
     */
    public void setName(String name) {
        this.name = name;
    }

    public String getModel() {
        return model;
    }

    /**
     * The SLNG model id, such as slng/deepgram/aura:2-en. Defaults per operation: slng/deepgram/aura:2-en for tts and
     * tts-stream, slng/deepgram/nova:3-en for stt and stt-stream, slng/speechmatics/batch:15.0.0 for batch-stt. An id is
     * provider/model with an optional :variant; a leading slng/ selects SLNG's own deployment, without it the request
     * goes to the provider.
     */
    public void setModel(String model) {
        this.model = model;
    }

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The SLNG API key, sent as a Bearer token. When not set, the SLNG_API_KEY environment variable is used.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getProviderApiKey() {
        return providerApiKey;
    }

    /**
     * Bring-your-own-key: your key for the upstream provider, sent as X-Slng-Provider-Key. Only external models
     * (without the slng/ prefix) accept it; on an slng/ model the message is refused before anything is sent.
     */
    public void setProviderApiKey(String providerApiKey) {
        this.providerApiKey = providerApiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The gateway base URL, for example http://localhost:8089 for a local SLNG-compatible server. It wins over
     * worldPart. When neither is set, https://api.slng.ai is used.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getWorldPart() {
        return worldPart;
    }

    /**
     * The regional gateway to use, such as eu-west or us-east: requests go to https://{worldPart}.api.slng.ai.
     * Ignored when baseUrl is set.
     */
    public void setWorldPart(String worldPart) {
        this.worldPart = worldPart;
    }

    public String getBatchBaseUrl() {
        return batchBaseUrl;
    }

    /**
     * The base URL of the batch transcription API. When not set: the baseUrl if one is set (a compatible server
     * serves both), otherwise https://api.batch.slng.ai.
     */
    public void setBatchBaseUrl(String batchBaseUrl) {
        this.batchBaseUrl = batchBaseUrl;
    }

    public String getRegion() {
        return region;
    }

    /**
     * Pins the request to one region (X-Region-Override), such as eu-north-1. A comma-separated list gives a priority
     * order.
     */
    public void setRegion(String region) {
        this.region = region;
    }

    public String getWorldPartOverride() {
        return worldPartOverride;
    }

    /**
     * Restricts routing to a zone (X-World-Part-Override), such as eu. A region, when set, wins.
     */
    public void setWorldPartOverride(String worldPartOverride) {
        this.worldPartOverride = worldPartOverride;
    }

    public String getAgentId() {
        return agentId;
    }

    /**
     * Usage-tracking agent id sent as X-SLNG-Agent-Id (at most 128 characters, no commas).
     */
    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public String getSessionId() {
        return sessionId;
    }

    /**
     * Usage-tracking session id sent as X-SLNG-Session-Id (at most 128 characters, no commas).
     */
    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getVoice() {
        return voice;
    }

    /**
     * The TTS voice, such as aura-2-thalia-en. When not set, the model's default voice is used.
     */
    public void setVoice(String voice) {
        this.voice = voice;
    }

    public String getLanguage() {
        return language;
    }

    /**
     * The language of the audio (ISO-639-1, e.g. en). When not set, the model's default applies; for batch-stt it
     * defaults to en.
     */
    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getSampleRate() {
        return sampleRate;
    }

    /**
     * The sample rate of the audio in Hz, when it cannot be read from the file: 8000, 16000, 22050, 24000, 32000,
     * 44100 or 48000. Streams default to 16000 (8000 with encoding mulaw or alaw, as stt does); a WAV sent on stt-stream
     * sets it for a new stream and must match an open one.
     */
    public void setSampleRate(Integer sampleRate) {
        this.sampleRate = sampleRate;
    }

    public String getEncoding() {
        return encoding;
    }

    /**
     * The encoding of the audio (linear16, mp3, opus, mulaw, alaw), sent as the encoding field when it cannot be read
     * from the file. For a body with no file name whose first bytes are not recognised, it also names the upload
     * (audio.pcm, audio.mp3, audio.ogg). Streams default to linear16 (16-bit PCM, little-endian, mono). mulaw and alaw
     * are G.711 phone audio (8000 Hz unless sampleRate says otherwise): raw G.711 bytes given to stt and stt-stream are
     * decoded to 16-bit PCM before they are sent (SLNG's STT bridge takes no G.711), and tts-stream's audio is encoded
     * to G.711 as it arrives, for playing back to a phone (tts refuses them: SLNG's HTTP TTS answers in its own format).
     */
    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    public Boolean getEnablePartials() {
        return enablePartials;
    }

    /**
     * Asks for partial transcripts where the model supports them.
     */
    public void setEnablePartials(Boolean enablePartials) {
        this.enablePartials = enablePartials;
    }

    public SlngOutputType getOutputType() {
        return outputType;
    }

    /**
     * What stt and batch-stt put in the body: the transcript as a String, or the parsed response object
     * (SttTranscription or BatchTranscription).
     */
    public void setOutputType(SlngOutputType outputType) {
        this.outputType = outputType;
    }

    public String getTranscriptionConfig() {
        return transcriptionConfig;
    }

    /**
     * The batch transcription_config: a JSON object of settings such as language and operating_point (standard or
     * enhanced), written as JSON with its double quotes (in a URI, wrap it in RAW(...)). When not set, only the language
     * is sent: the language option, or en.
     */
    public void setTranscriptionConfig(String transcriptionConfig) {
        this.transcriptionConfig = transcriptionConfig;
    }

    public long getBatchPollInterval() {
        return batchPollInterval;
    }

    /**
     * Milliseconds to wait before the first poll of a batch job; the wait grows by half each poll up to
     * batchMaxPollInterval. No thread is blocked while waiting.
     */
    public void setBatchPollInterval(long batchPollInterval) {
        this.batchPollInterval = batchPollInterval;
    }

    public long getBatchMaxPollInterval() {
        return batchMaxPollInterval;
    }

    /**
     * The longest wait between two polls of a batch job, in milliseconds.
     */
    public void setBatchMaxPollInterval(long batchMaxPollInterval) {
        this.batchMaxPollInterval = batchMaxPollInterval;
    }

    public long getBatchTimeout() {
        return batchTimeout;
    }

    /**
     * How long a batch-stt exchange may take in all, in milliseconds: submit, polls and download. When it ends, the
     * exchange fails; the job itself is left running on SLNG.
     */
    public void setBatchTimeout(long batchTimeout) {
        this.batchTimeout = batchTimeout;
    }

    public int getRetryMaxAttempts() {
        return retryMaxAttempts;
    }

    /**
     * How many times a request is attempted in all. Failures to connect, 408, 425, 429 and 5xx responses are retried;
     * other 4xx fail at once, and so does a connection lost after the request was sent, unless requestSentRetryEnabled.
     * 1 disables retries.
     */
    public void setRetryMaxAttempts(int retryMaxAttempts) {
        this.retryMaxAttempts = retryMaxAttempts;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    /**
     * The wait before the first retry, in milliseconds. It doubles each retry, with random jitter, up to
     * retryMaxDelay. A response's Retry-After header wins over it, within retryMaxDelay.
     */
    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public boolean isRequestSentRetryEnabled() {
        return requestSentRetryEnabled;
    }

    /**
     * Whether a tts or stt request that failed after it was sent (the connection closed or reset before a response) is
     * retried. Off by default: SLNG may have received it and be synthesizing or transcribing it, so a retry can run, and
     * bill, it twice. Failures before the request was sent (connection refused, connect timeout) are always retried,
     * and so are batch submits, whose job id keeps SLNG from running them twice. A response timeout is never retried.
     * Named after the same flag of Apache HttpClient 4's retry handler.
     */
    public void setRequestSentRetryEnabled(boolean requestSentRetryEnabled) {
        this.requestSentRetryEnabled = requestSentRetryEnabled;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    /**
     * The longest wait between two attempts, in milliseconds. A response whose Retry-After asks for a longer wait is not
     * retried: the exchange fails at once with an error that says what the server asked.
     */
    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getCallTimeout() {
        return callTimeout;
    }

    /**
     * The longest a tts or stt exchange may take in all, in milliseconds: every attempt, every wait between retries and
     * every wait for a pooled connection. A retry that would start after it is not made, each attempt's responseTimeout
     * is cut to what is left, and an exchange still running when it ends is interrupted. batch-stt uses batchTimeout.
     */
    public void setCallTimeout(long callTimeout) {
        this.callTimeout = callTimeout;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Milliseconds to wait for a TCP connection to the gateway.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * Milliseconds to wait for the response once the request is sent (socket read timeout). A request that timed out
     * is not retried, since SLNG may already be processing it.
     */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /**
     * The HTTP proxy host, as for camel-http.
     */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /**
     * The HTTP proxy port, as for camel-http.
     */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS configuration (trust and key stores, protocols, cipher suites), as for camel-http; the WebSocket streams use
     * exactly the same.
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public int getMaxTotalConnections() {
        return maxTotalConnections;
    }

    /**
     * The most pooled connections of one endpoint.
     */
    public void setMaxTotalConnections(int maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public int getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    /**
     * The most pooled connections to one host.
     */
    public void setConnectionsPerRoute(int connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    /**
     * A camel-http HttpClientConfigurer applied to the HttpClientBuilder, for anything the options do not cover
     * (authentication to a proxy, interceptors, ...).
     */
    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    /**
     * The largest JSON response read into memory, in bytes (transcripts, batch job status and files, batch transcript
     * downloads); a larger one fails the exchange. The audio of tts is not bounded by it.
     */
    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public boolean isAllowPlainHttp() {
        return allowPlainHttp;
    }

    /**
     * Allows a plain http:// baseUrl or batchBaseUrl to a host other than loopback (localhost, 127.x, ::1). The API key
     * then crosses the network in clear text, so the endpoint refuses such a URL unless this is set.
     */
    public void setAllowPlainHttp(boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    /**
     * A ready Apache HttpClient 5 to use instead of building one; its connection settings then come from it, and it
     * is not closed by the endpoint.
     */
    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public SlngConfiguration copy() {
        try {
            return (SlngConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
