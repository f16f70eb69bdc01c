package dev.camelslng.component.stream.session;

import java.util.ArrayDeque;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The STT audio sent since the last byte a final transcript covered, to send again on a new connection: what a dropped
 * connection had not transcribed yet is neither lost nor transcribed twice. Offsets count bytes since the session began.
 * Bounded: past {@code capacity} the oldest audio is let go, and a reconnect then loses it (logged once per session).
 */
public final class ReplayBuffer {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayBuffer.class);

    private final long capacity;
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private long start;
    private int headSkip;
    private long end;
    private long lost;

    public ReplayBuffer(long capacity) {
        this.capacity = capacity;
    }

    /** Keeps a chunk just sent; the chunk must not change afterwards. */
    public void append(byte[] chunk, Object session) {
        chunks.add(chunk);
        end += chunk.length;
        while (size() > capacity && !chunks.isEmpty()) {
            byte[] oldest = chunks.poll();
            int dropped = oldest.length - headSkip;
            start += dropped;
            headSkip = 0;
            if (lost == 0) {
                LOG.warn("{}: replayBufferSize={} bytes is full; audio older than that will not be sent again after a"
                         + " reconnect", session, capacity);
            }
            lost += dropped;
        }
    }

    /** Lets go of everything before {@code offset}: a final transcript covered it. */
    public void releaseUpTo(long offset) {
        long target = Math.min(offset, end);
        while (start < target && !chunks.isEmpty()) {
            byte[] head = chunks.peek();
            int available = head.length - headSkip;
            long wanted = target - start;
            if (wanted >= available) {
                chunks.poll();
                start += available;
                headSkip = 0;
            } else {
                headSkip += (int) wanted;
                start += wanted;
            }
        }
    }

    /** Gives the kept audio from {@code from} to {@code to} (offsets), chunk by chunk as it was sent. */
    public void forEach(long from, long to, ChunkSink sink) {
        long position = start;
        boolean first = true;
        for (byte[] chunk : chunks) {
            int offset = first ? headSkip : 0;
            first = false;
            int length = chunk.length - offset;
            long chunkEnd = position + length;
            long begin = Math.max(position, from);
            long finish = Math.min(chunkEnd, to);
            if (finish > begin) {
                sink.accept(chunk, offset + (int) (begin - position), (int) (finish - begin));
            }
            position = chunkEnd;
        }
    }

    /** Receives part of a kept chunk. */
    @FunctionalInterface
    public interface ChunkSink {
        void accept(byte[] data, int offset, int length);
    }

    /** Offset of the first byte kept. */
    public long start() {
        return start;
    }

    /** Offset after the last byte sent. */
    public long end() {
        return end;
    }

    public long size() {
        return end - start;
    }
}
