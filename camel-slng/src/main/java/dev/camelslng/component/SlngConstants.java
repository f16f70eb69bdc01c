package dev.camelslng.component;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the {@code slng:} component. Input headers override the endpoint option of the same name for one
 * message and one step: the step that reads them removes them. Output headers describe the SLNG response.
 */
public final class SlngConstants {

    @Metadata(label = "producer", description = "Overrides the operation: tts, stt or batch-stt (a stream endpoint stays a"
              + " stream). For one step: removed once read.",
              javaType = "dev.camelslng.component.SlngOperation")
    public static final String OPERATION = "CamelSlngOperation";
    @Metadata(label = "producer", description = "Overrides the model id, e.g. slng/deepgram/aura:2-en. For one step: removed once"
              + " read.", javaType = "String")
    public static final String MODEL = "CamelSlngModel";
    @Metadata(label = "producer", description = "Overrides the TTS voice. For one step: removed once read.", javaType = "String")
    public static final String VOICE = "CamelSlngVoice";
    @Metadata(label = "producer", description = "Overrides the STT language code. For one step: removed once read.", javaType = "String")
    public static final String LANGUAGE = "CamelSlngLanguage";
    @Metadata(label = "producer", description = "Overrides the STT audio sample rate in Hz. For one step: removed once read.",
              javaType = "Integer")
    public static final String SAMPLE_RATE = "CamelSlngSampleRate";
    @Metadata(label = "producer", description = "Overrides the STT audio encoding. For one step: removed once read.", javaType = "String")
    public static final String ENCODING = "CamelSlngEncoding";
    @Metadata(label = "producer", description = "Overrides whether STT partial transcripts are requested. For one step: removed once read.",
              javaType = "Boolean")
    public static final String ENABLE_PARTIALS = "CamelSlngEnablePartials";
    @Metadata(label = "producer", description = "Overrides what stt and batch-stt put in the body: transcript or response. For one step:"
              + " removed once read.",
              javaType = "dev.camelslng.component.SlngOutputType")
    public static final String OUTPUT_TYPE = "CamelSlngOutputType";
    @Metadata(label = "producer", description = "Overrides the X-Region-Override routing header. For one step: removed once read.",
              javaType = "String")
    public static final String REGION = "CamelSlngRegion";
    @Metadata(label = "producer", description = "Overrides the X-World-Part-Override routing header. For one step: removed once read.",
              javaType = "String")
    public static final String WORLD_PART_OVERRIDE = "CamelSlngWorldPartOverride";
    @Metadata(label = "producer", description = "Overrides the X-SLNG-Agent-Id usage-tracking header. For one step: removed once read.",
              javaType = "String")
    public static final String AGENT_ID = "CamelSlngAgentId";
    @Metadata(label = "producer", description = "Overrides the X-SLNG-Session-Id usage-tracking header. For one step: removed once"
              + " read.", javaType = "String")
    public static final String SESSION_ID = "CamelSlngSessionId";
    @Metadata(label = "producer", description = "Overrides the SLNG API key. For one step: removed once read.",
              javaType = "String", secret = true)
    public static final String API_KEY = "CamelSlngApiKey";
    @Metadata(label = "producer",
              description = "Overrides the BYOK provider API key. For one step: removed once read.",
              javaType = "String", secret = true)
    public static final String PROVIDER_API_KEY = "CamelSlngProviderApiKey";
    @Metadata(label = "producer", description = "Overrides the batch transcription_config JSON. For one step: removed once read.",
              javaType = "String")
    public static final String TRANSCRIPTION_CONFIG = "CamelSlngTranscriptionConfig";
    @Metadata(label = "producer", description = "Overrides how long to wait for a batch job, in milliseconds. For one step: removed once"
              + " read.",
              javaType = "Long")
    public static final String BATCH_TIMEOUT = "CamelSlngBatchTimeout";

    @Metadata(label = "producer", description = "The x-slng-request-id of the last SLNG response, for support traces.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelSlngRequestId";
    @Metadata(label = "producer", description = "Confidence (0-1) of the transcript.", javaType = "Double")
    public static final String TRANSCRIPT_CONFIDENCE = "CamelSlngTranscriptConfidence";
    @Metadata(label = "producer", description = "Language of the transcript as reported by SLNG.", javaType = "String")
    public static final String TRANSCRIPT_LANGUAGE = "CamelSlngTranscriptLanguage";
    @Metadata(label = "producer", description = "The id of the batch job.", javaType = "String")
    public static final String BATCH_JOB_ID = "CamelSlngBatchJobId";
    @Metadata(label = "producer", description = "The final status of the batch job.", javaType = "String")
    public static final String BATCH_STATUS = "CamelSlngBatchStatus";

    @Metadata(label = "producer,consumer", description = "The stream (session) of a tts-stream or stt-stream message, e.g. one per"
              + " call or conversation; without it, the endpoint's default stream. Consumed exchanges carry the stream they"
              + " came from.", javaType = "String")
    public static final String STREAM_ID = "CamelSlngStreamId";
    @Metadata(label = "producer", description = "A command for the stream after the body: flush, clear (tts-stream), finalize"
              + " (stt-stream) or close (both).", javaType = "String", enums = "flush,clear,finalize,close")
    public static final String STREAM_COMMAND = "CamelSlngStreamCommand";
    @Metadata(label = "producer", description = "tts-stream: whether this text ends the utterance (default true); false sends"
              + " text incrementally until a flush.", javaType = "Boolean")
    public static final String FLUSH = "CamelSlngFlush";
    @Metadata(label = "consumer", description = "What a consumed exchange is: audio or audio_end (tts-stream); partial_transcript,"
              + " final_transcript or utterance_end (stt-stream); error (both); and, for consumers that ask for lifecycle"
              + " events, opened, reconnecting, resumed, closed (after every final and audio of the session) or failed.",
              javaType = "String")
    public static final String STREAM_EVENT = "CamelSlngStreamEvent";
    @Metadata(label = "producer,consumer", description = "The state of the stream's session: connecting, ready, reconnecting,"
              + " idle, closing, closed or failed.", javaType = "String")
    public static final String STREAM_STATE = "CamelSlngStreamState";
    @Metadata(label = "consumer", description = "tts-stream: the utterance the audio belongs to, counted from 1 per stream.",
              javaType = "Long")
    public static final String UTTERANCE_INDEX = "CamelSlngUtteranceIndex";
    @Metadata(label = "consumer", description = "tts-stream: the chunk's number within its utterance, from 0.", javaType = "Integer")
    public static final String CHUNK_SEQUENCE = "CamelSlngChunkSequence";
    @Metadata(label = "consumer", description = "tts-stream: whether this is the utterance's first audio chunk.", javaType = "Boolean")
    public static final String FIRST_CHUNK = "CamelSlngFirstChunk";
    @Metadata(label = "consumer", description = "tts-stream: true on the audio_end exchange (empty body) that ends the utterance.",
              javaType = "Boolean")
    public static final String LAST_CHUNK = "CamelSlngLastChunk";
    @Metadata(label = "consumer", description = "tts-stream: true on the first chunk of an utterance sent again after a lost"
              + " connection; discard the audio of that utterance received before it.", javaType = "Boolean")
    public static final String UTTERANCE_RESTART = "CamelSlngUtteranceRestart";
    @Metadata(label = "consumer", description = "stt-stream: whether the transcript is final.", javaType = "Boolean")
    public static final String FINAL = "CamelSlngFinal";
    @Metadata(label = "producer,consumer", description = "stt-stream: the seconds of audio a final transcript covers.",
              javaType = "Double")
    public static final String DURATION = "CamelSlngDuration";
    @Metadata(label = "consumer", description = "stt-stream: the word timings of a final transcript, when SLNG sends them.",
              javaType = "java.util.List")
    public static final String WORDS = "CamelSlngWords";
    @Metadata(label = "consumer", description = "stt-stream: the end of the last word, in seconds, on utterance_end.",
              javaType = "Double")
    public static final String LAST_WORD_END = "CamelSlngLastWordEnd";
    @Metadata(label = "producer", description = "stt-stream with replyWithResult: the final transcripts of the audio, one per"
              + " utterance; the body joins them.", javaType = "java.util.List")
    public static final String TRANSCRIPTS = "CamelSlngTranscripts";
    @Metadata(label = "consumer", description = "On an error event: the code SLNG sent, e.g. provider_error.", javaType = "String")
    public static final String ERROR_CODE = "CamelSlngErrorCode";
    @Metadata(label = "consumer", description = "On an error event: the message SLNG sent.", javaType = "String")
    public static final String ERROR_MESSAGE = "CamelSlngErrorMessage";
    @Metadata(label = "consumer", description = "On an error event: the HTTP-equivalent status of the code, e.g. 502.",
              javaType = "Integer")
    public static final String ERROR_STATUS = "CamelSlngErrorStatus";
    @Metadata(label = "consumer", description = "On a resumed event: the bytes sent again on the new connection (STT audio no"
              + " final covered, TTS text whose audio had not ended).", javaType = "Long")
    public static final String RESENT_BYTES = "CamelSlngResentBytes";

    private SlngConstants() {
    }
}
