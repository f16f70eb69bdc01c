package dev.camelslng.component.stream.session;

import dev.camelslng.component.SlngTextChunking;

/**
 * What one producer message asks of its stream, besides the options every slng message has.
 *
 * @param streamId        the stream (session) it belongs to
 * @param unkeyed         whether the message carries no stream id, and goes to the default stream
 * @param command         the command after the body, or null
 * @param flush           tts-stream: whether the text ends the utterance
 * @param replyWithResult whether the exchange waits for the utterance's audio or the audio's final transcripts
 * @param chunkSize       stt-stream: the bytes per audio frame when a whole body is streamed
 * @param realTime        stt-stream: whether a whole body is sent at the pace it would be spoken
 * @param textChunking    tts-stream: how the text is cut into the pieces sent
 */
public record StreamRequest(String streamId, boolean unkeyed, StreamCommand command, boolean flush, boolean replyWithResult, int chunkSize,
                            boolean realTime, SlngTextChunking textChunking) {

    /** The stream of messages without a {@code CamelSlngStreamId} header. */
    public static final String DEFAULT_STREAM = "default";
}
