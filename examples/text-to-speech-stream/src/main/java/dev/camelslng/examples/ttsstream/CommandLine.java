package dev.camelslng.examples.ttsstream;

import java.nio.file.Path;

import dev.camelslng.examples.support.Gateway;

/**
 * The example's command line: {@code [--sample-rate N] <out-dir> [text-file]}, or {@code --help}/{@code -h}. The
 * gateway comes from the environment (see {@link dev.camelslng.examples.support.Gateway}).
 *
 * @param help       print the usage and exit
 * @param outDir     where {@code 1.wav}, {@code 2.wav}, ... go; null only with {@code help}
 * @param textFile   the text, one utterance per line; null to read standard input
 * @param sampleRate the audio's sample rate in Hz, asked of the stream and written in the WAV headers
 */
record CommandLine(boolean help, Path outDir, Path textFile, int sampleRate) {

    static final int DEFAULT_SAMPLE_RATE = 16000;

    static final String USAGE = """
            Usage: java -jar text-to-speech-stream.jar [--sample-rate N] <out-dir> [text-file]

            Speaks each non-empty line of the text file (or of standard input) as one utterance, all over
            one SLNG streaming text-to-speech session, and writes <out-dir>/1.wav, 2.wav, ... in line order,
            printing one line per file: <path> (<n> bytes). The out-dir is created if needed; files of the
            same names in it are replaced.

            Options:
              --sample-rate N   sample rate of the audio in Hz (default 16000); the WAVs are 16-bit PCM mono
              -h, --help        print this help and exit

            Environment:
              SLNG_API_KEY   SLNG API key. With neither SLNG_API_KEY nor SLNG_BASE_URL, an embedded local
                             SLNG-compatible server is used.
            """ + Gateway.USAGE + """

            Exit status: 0 every line spoken and written, 1 the run could not finish: no such text file, an
                         out-dir that cannot be created, the gateway refused the key, ... (the reason is
                         printed on one line), 2 bad arguments.
            """;

    /**
     * @param  args                     the program arguments
     * @return                          what they ask for
     * @throws IllegalArgumentException for an unknown option, a bad sample rate, no out-dir, or too many arguments
     */
    static CommandLine parse(String... args) {
        boolean help = false;
        int sampleRate = DEFAULT_SAMPLE_RATE;
        Path outDir = null;
        Path textFile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--sample-rate" -> sampleRate = sampleRate(i + 1 < args.length ? args[++i] : null);
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("Unknown option: " + arg);
                    } else if (outDir == null) {
                        outDir = Path.of(arg);
                    } else if (textFile == null) {
                        textFile = Path.of(arg);
                    } else {
                        throw new IllegalArgumentException("Unexpected argument: " + arg);
                    }
                }
            }
        }
        if (outDir == null && !help) {
            throw new IllegalArgumentException("No out-dir given");
        }
        return new CommandLine(help, outDir, textFile, sampleRate);
    }

    private static int sampleRate(String value) {
        try {
            int rate = Integer.parseInt(value);
            if (rate > 0) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw new IllegalArgumentException("--sample-rate takes a positive number of Hz, e.g. --sample-rate 8000; got "
                                           + (value == null ? "nothing" : value));
    }
}
