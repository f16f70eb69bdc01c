package dev.camelslng.component;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the {@code slng:} component. Input headers override the endpoint option of the same name for one
 * message and one step: the step that reads them removes them. Output headers describe the SLNG response.
 */
public final class SlngConstants {

    @Metadata(label = "producer", description = "Overrides the operation: tts, stt or batch-stt. For one step: removed once read.",
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

    private SlngConstants() {
    }
}
