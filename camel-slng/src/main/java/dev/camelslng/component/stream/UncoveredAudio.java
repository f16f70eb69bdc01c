package dev.camelslng.component.stream;

import java.util.ArrayDeque;
import java.util.Locale;

import dev.camelslng.component.protocol.stream.ClientMessages;

/**
 * The STT audio of a session no final transcript has covered yet, and the {@code finalize}s not answered yet. A final
 * covers the audio its {@code duration} adds up to on its connection (or, without one, up to the pending
 * {@code finalize}, else everything sent). After a drop the new connection gets the uncovered audio again, with the
 * unanswered {@code finalize}s where they were, so the finals of all connections together cover the audio exactly once.
 */
final class UncoveredAudio {

    private final StreamSession session;
    private final int bytesPerSecond;
    private final ReplayBuffer replay;
    private final long replayCapacity;
    private final ArrayDeque<Long> finalizes = new ArrayDeque<>();
    private long covered;
    private long connectionStart;
    private double connectionSeconds;
    private long resentBytes;

    UncoveredAudio(StreamSession session, long replayCapacity) {
        this.session = session;
        this.bytesPerSecond = session.settings().bytesPerSecond();
        this.replay = new ReplayBuffer(replayCapacity);
        this.replayCapacity = replayCapacity;
    }

    void send(SessionLink link, byte[] chunk) {
        replay.append(chunk, session);
        link.sendBinary(chunk, 0, chunk.length);
    }

    /** Offset up to which finals covered the audio. */
    long covered() {
        return covered;
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
        connectionStart = Math.max(covered, replay.start());
        connectionSeconds = 0;
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
     * A final arrived: the audio it covers is let go, with the {@code finalize}s it reaches to within 20 ms of audio.
     * Returns the offset covered so far.
     */
    long cover(Double duration) {
        long reached;
        if (duration != null) {
            connectionSeconds += duration;
            reached = connectionStart + Math.round(connectionSeconds * bytesPerSecond / 2) * 2;
        } else {
            reached = finalizes.isEmpty() ? replay.end() : finalizes.peek();
        }
        long tolerance = bytesPerSecond / 50;
        while (!finalizes.isEmpty() && reached + tolerance >= finalizes.peek()) {
            reached = Math.max(reached, finalizes.poll());
        }
        covered = Math.max(covered, Math.min(reached, replay.end()));
        replay.releaseUpTo(covered);
        return covered;
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
