package dev.camelslng.component.stream.stt;

import java.util.ArrayDeque;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelslng.component.protocol.stream.ClientMessages;
import dev.camelslng.component.stream.session.StreamSession;
import dev.camelslng.component.stream.session.ReplayBuffer;
import dev.camelslng.component.stream.session.SessionLink;

/**
 * The STT audio of a session no final transcript has covered yet, and the {@code finalize}s not answered yet. A final
 * covers the audio up to its last word when its words are timed on the connection's clock, else up to what its
 * {@code duration} adds up to on its connection (see {@link FinalReach}), else up to the pending {@code finalize} (else
 * everything sent). After a drop the new connection gets the uncovered audio again, with the unanswered
 * {@code finalize}s where they were, so every word is heard once: the silence after a final's last word may be sent
 * twice, never a word.
 */
final class UncoveredAudio {

    /**
     * Where durations cannot tell, a final whose last word ends this close before a pending {@code finalize} answers it:
     * providers that report speech-only durations cut finals at silences of a few hundred ms, so one that ends closer
     * than that was cut by the {@code finalize}.
     */
    private static final double ANSWER_GAP_SECONDS = 0.25;

    private final StreamSession session;
    private final int bytesPerSecond;
    private final ReplayBuffer replay;
    private final long replayCapacity;
    private final ArrayDeque<Long> finalizes = new ArrayDeque<>();
    private final FinalReach reach;
    private long covered;
    private long answered = -1;
    private long resentBytes;

    UncoveredAudio(StreamSession session, long replayCapacity) {
        this.session = session;
        this.bytesPerSecond = session.settings().bytesPerSecond();
        this.replay = new ReplayBuffer(replayCapacity);
        this.replayCapacity = replayCapacity;
        this.reach = new FinalReach(bytesPerSecond);
    }

    void send(SessionLink link, byte[] chunk) {
        replay.append(chunk, session);
        link.sendBinary(chunk, 0, chunk.length);
    }

    /** Offset up to which finals covered the audio. */
    long covered() {
        return covered;
    }

    /** Offset of the last {@code finalize} answered, -1 before the first. */
    long answered() {
        return answered;
    }

    /** Offset after the last byte sent. */
    long end() {
        return replay.end();
    }

    /** A {@code finalize} is sent now: it waits for finals up to the audio sent so far, whose offset it returns. */
    long finalizeSent() {
        long mark = replay.end();
        finalizes.add(mark);
        return mark;
    }

    /**
     * On a new connection: sends the uncovered audio again, with the unanswered {@code finalize}s where they were.
     * Returns the offset where the resent audio starts when the replay buffer had let go of uncovered audio before it
     * (that audio is lost), else -1.
     */
    long resend(SessionLink link) {
        long lostUpTo = replay.start() > covered ? replay.start() : -1;
        long connectionStart = Math.max(covered, replay.start());
        reach.restart(connectionStart);
        long[] position = {connectionStart};
        for (long mark : finalizes) {
            replay.forEach(position[0], mark, link::sendBinary);
            link.sendText(ClientMessages.FINALIZE);
            position[0] = Math.max(position[0], mark);
        }
        replay.forEach(position[0], replay.end(), link::sendBinary);
        resentBytes += replay.end() - connectionStart;
        covered = connectionStart;
        return lostUpTo;
    }

    /**
     * A final arrived: the audio it reaches is let go, with the {@code finalize}s it reaches to within 20 ms of audio (by
     * its last word, or by durations that never fell short of the words). Where durations cannot tell (none, or they
     * fell short), an empty final or one whose last word ends within {@link #ANSWER_GAP_SECONDS} of the oldest pending
     * {@code finalize} answers that one without letting go of more audio than it reached. Returns the offset the final
     * reached.
     */
    long cover(Double duration, JsonNode words, boolean empty) {
        FinalReach.Reach measured = reach.of(duration, words);
        long reached = Math.min(measured.best(finalizes.isEmpty() ? replay.end() : finalizes.peek()), replay.end());
        long byDuration = reach.durationsFallShort() ? -1 : measured.byDuration();
        long tolerance = bytesPerSecond / 50;
        long released = reached;
        boolean answeredOne = false;
        while (!finalizes.isEmpty() && Math.max(reached, byDuration) + tolerance >= finalizes.peek()) {
            released = Math.max(released, finalizes.peek());
            answered = finalizes.poll();
            answeredOne = true;
        }
        if (!answeredOne && !finalizes.isEmpty() && (empty || byDuration < 0 && closeBefore(measured.byWords(), finalizes.peek()))) {
            answered = finalizes.poll();
        }
        covered = Math.max(covered, Math.min(released, replay.end()));
        replay.releaseUpTo(covered);
        return reached;
    }

    private boolean closeBefore(long byWords, long mark) {
        return byWords >= 0 && byWords + Math.round(ANSWER_GAP_SECONDS * bytesPerSecond) >= mark;
    }

    /** Whether audio or a {@code finalize} still waits for a final. */
    boolean hasUncovered() {
        return replay.end() > covered || !finalizes.isEmpty();
    }

    /** Why audio up to {@code lostUpTo} was not sent again, for messages and events. */
    String lost(long lostUpTo, long lostFrom) {
        return String.format(Locale.ROOT, "%s lost %.2f s of audio on a reconnect: the audio no final had covered yet was more"
                                          + " than replayBufferSize=%d bytes", session, (double) (lostUpTo - lostFrom) / bytesPerSecond,
                replayCapacity);
    }

    /** What no final has answered yet, for messages. */
    String owed() {
        return String.format(Locale.ROOT, "the final transcripts of %.2f s of audio",
                (double) (replay.end() - covered) / bytesPerSecond);
    }

    boolean awaitsFinalize() {
        return !finalizes.isEmpty();
    }

    /** The session ended: no {@code finalize} will be answered, and nothing is sent again. */
    void abandon() {
        finalizes.clear();
        replay.releaseUpTo(replay.end());
    }

    long retainedBytes() {
        return replay.size();
    }

    long resentBytes() {
        return resentBytes;
    }
}
