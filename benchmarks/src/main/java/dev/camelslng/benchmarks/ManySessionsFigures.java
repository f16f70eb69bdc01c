package dev.camelslng.benchmarks;

import java.util.Locale;

/**
 * The scale phase's figures, for the terminal and the report.
 *
 * @param sessions      keyed STT sessions on one endpoint
 * @param audioSeconds  seconds of audio each streamed
 * @param streamSeconds wall time the streaming took (the audio's length when the sender kept pace)
 * @param reconnects    connections opened again after drops
 * @param exact         sessions whose finals read exactly their sentences
 * @param heardTwice    seconds of silence after a final's last word that replays sent again, all sessions together
 * @param peakHeap      the highest heap in use while streaming, in bytes
 * @param peakThreads   the most live threads in the client JVM at once
 * @param phaseSeconds  the whole phase
 */
record ManySessionsFigures(int sessions, int audioSeconds, double streamSeconds, long reconnects, int exact, double heardTwice,
                           long peakHeap, int peakThreads, double phaseSeconds) {

    String table() {
        return String.format(Locale.ROOT, "scale: %d STT sessions x %d s, %d reconnects after drops, finals exact on %d of %d;"
                                          + " streamed in %.1f s; peak heap %.0f MiB, peak threads %d; phase %.0f s%n",
                sessions, audioSeconds, reconnects, exact, sessions, streamSeconds, peakHeap / 1048576.0, peakThreads, phaseSeconds);
    }

    String markdownTable() {
        return String.format(Locale.ROOT, """
                | Figure | Component |
                |---|---:|
                | Sessions, each %d s of speech in 20 ms chunks | %d |
                | Connections dropped and opened again | %d |
                | Sessions whose finals cover all their audio | %d of %d |
                | Sessions whose finals read exactly their sentences (no word lost or twice) | %d of %d |
                | Silence heard twice after drops, all sessions (s) | %.2f |
                | Wall time of the streaming (s) | %.1f |
                | Peak heap in use (MiB) | %.0f |
                | Peak live threads (client JVM) | %d |""", audioSeconds, sessions, reconnects, sessions, sessions, exact, sessions,
                heardTwice, streamSeconds, peakHeap / 1048576.0, peakThreads);
    }
}
