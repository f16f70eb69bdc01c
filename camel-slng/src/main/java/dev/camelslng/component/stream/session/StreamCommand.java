package dev.camelslng.component.stream.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.camelslng.component.SlngException;

/** What the {@code CamelSlngStreamCommand} header asks of a stream, after the message's own text or audio. */
public enum StreamCommand {
    /** tts-stream: end the utterance being written; its audio follows. */
    FLUSH,
    /** tts-stream: barge-in; drop the audio of every utterance not finished, also what is queued locally. */
    CLEAR,
    /** stt-stream: ask for the final transcript of the audio sent so far. */
    FINALIZE,
    /** Both: end the stream; STT sends its last finals first. */
    CLOSE;

    /** The command a header value names; null for none. */
    public static StreamCommand of(Object header) throws SlngException {
        if (header == null) {
            return null;
        }
        if (header instanceof StreamCommand command) {
            return command;
        }
        try {
            return valueOf(header.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SlngException("Invalid header CamelSlngStreamCommand: '" + header + "'; use one of "
                                    + Arrays.stream(values()).map(c -> c.name().toLowerCase(Locale.ROOT))
                                            .collect(Collectors.joining(", ")));
        }
    }
}
