package dev.camelslng.examples.captioning;

import java.nio.file.Path;

import dev.camelslng.examples.support.Gateway;

/**
 * The example's command line: {@code [--fast] [--partials] <file.wav>}, or {@code --help}/{@code -h}. The gateway comes
 * from the environment (see {@link dev.camelslng.examples.support.Gateway}).
 *
 * @param fast     stream the audio as fast as possible instead of at real-time pace
 * @param partials print partial transcripts too
 * @param help     print the usage and exit
 * @param wav      the recording to caption; null only with {@code help}
 */
record CommandLine(boolean fast, boolean partials, boolean help, Path wav) {

    static final String USAGE = """
            Usage: java -jar live-captioning.jar [--fast] [--partials] <file.wav>

            Streams a recording through SLNG streaming speech-to-text at real-time pace, as a live
            caption feed would, and prints each final transcript as it arrives:
              final: <text>
            The recording must be a WAV of 16-bit PCM mono; its sample rate is the stream's.

            Options:
              --fast       stream the audio as fast as possible instead of at real-time pace
              --partials   also print the partial transcripts: partial: <text>
              -h, --help   print this help and exit

            Environment:
              SLNG_API_KEY   SLNG API key. With neither SLNG_API_KEY nor SLNG_BASE_URL, an embedded local
                             SLNG-compatible server is used.
            """ + Gateway.USAGE + """

            Exit status: 0 every final transcript printed, 1 the captioning could not finish: no such file,
                         not a 16-bit PCM mono WAV, the gateway refused the key, ... (the reason is printed
                         on one line), 2 bad arguments.
            """;

    /**
     * @param  args                     the program arguments
     * @return                          what they ask for
     * @throws IllegalArgumentException for an unknown option, no file, or more than one
     */
    static CommandLine parse(String... args) {
        boolean fast = false;
        boolean partials = false;
        boolean help = false;
        Path wav = null;
        for (String arg : args) {
            switch (arg) {
                case "--fast" -> fast = true;
                case "--partials" -> partials = true;
                case "--help", "-h" -> help = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("Unknown option: " + arg);
                    }
                    if (wav != null) {
                        throw new IllegalArgumentException("One recording at a time: " + wav + " and " + arg);
                    }
                    wav = Path.of(arg);
                }
            }
        }
        if (wav == null && !help) {
            throw new IllegalArgumentException("No recording given");
        }
        return new CommandLine(fast, partials, help, wav);
    }
}
