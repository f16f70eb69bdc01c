package dev.camelslng.examples.contactcenter;

import java.nio.file.Path;
import java.time.Duration;

import dev.camelslng.examples.support.ExampleRun;

/**
 * {@code transcripts <out-dir> [--calls N] [--timeout S]}: collects the transcripts of N complete calls
 * ({@link TranscriptCollector}) and writes one text file per complete call.
 *
 * @param outDir  where the text files go
 * @param calls   how many complete calls to wait for
 * @param timeout how long to wait for them
 */
record TranscriptsCommand(Path outDir, int calls, Duration timeout) {

    static final int DEFAULT_CALLS = 1;
    static final int DEFAULT_TIMEOUT_SECONDS = 120;

    /** @throws IllegalArgumentException for an unknown option, a bad value, or no folder */
    static TranscriptsCommand parse(String... args) {
        Path outDir = null;
        int calls = DEFAULT_CALLS;
        int timeout = DEFAULT_TIMEOUT_SECONDS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--calls" -> calls = positive(BrokerCommand.value(args, ++i, "--calls"), "--calls");
                case "--timeout" -> timeout = positive(BrokerCommand.value(args, ++i, "--timeout"), "--timeout");
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new IllegalArgumentException("Unknown option for transcripts: " + args[i]);
                    }
                    if (outDir != null) {
                        throw new IllegalArgumentException("transcripts takes one output folder: " + outDir + " and " + args[i]);
                    }
                    outDir = Path.of(args[i]);
                }
            }
        }
        if (outDir == null) {
            throw new IllegalArgumentException("transcripts: no output folder given");
        }
        return new TranscriptsCommand(outDir, calls, Duration.ofSeconds(timeout));
    }

    private static int positive(String value, String option) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + " takes a whole number above 0: " + value);
    }

    /**
     * @param  bootstrapServers the broker
     * @return                  0 when the calls were complete in time, 1 otherwise (the incomplete ones named on stderr)
     */
    int run(String bootstrapServers) {
        TranscriptCollector collector = new TranscriptCollector(bootstrapServers, outDir);
        return collector.collect(calls, timeout) ? ExampleRun.EXIT_OK : ExampleRun.EXIT_FAILED;
    }
}
