package dev.camelslng.component;

import dev.camelslng.sandbox.fault.Fault;
import dev.camelslng.sandbox.fault.SandboxRoute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stt-stream request-reply exchange whose connection drops after it asked for its finals and the close: the session
 * is not done until those finals arrived, so it reconnects, sends the audio and the finalize again, and replies.
 */
class SttReplyDropTest extends StreamTestSupport {

    @Test
    void aDropAfterTheCloseWasSentStillRepliesWithTheTranscript() {
        // The server drops the connection right after its ready: the client has sent the audio, finalize and close by then.
        sandbox().faults().add(Fault.on(SandboxRoute.STT_STREAM).dropAfterFrames(2).times(1));

        String heard = template.requestBody("slng:stt-stream?replyWithResult=true&chunkSize=2048",
                pcm("heard through a drop"), String.class);

        assertThat(heard).isEqualTo("heard through a drop");
        assertThat(sandbox().streams().of(SandboxRoute.STT_STREAM)).hasSize(2);
    }
}
