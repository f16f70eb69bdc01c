package dev.camelslng.examples.filedrop;

import dev.camelslng.examples.support.Gateway;

/**
 * The example's command line: {@code --once}, {@code --help}/{@code -h}, nothing else. Everything else it reads comes
 * from the environment (see {@link FileDropSettings}).
 *
 * @param once transcribe what is in the inbox, then exit
 * @param help print the usage and exit
 */
record CommandLine(boolean once, boolean help) {

    static final String USAGE = """
            Usage: java -jar file-drop-transcription.jar [--once] [--help]

            Transcribes every recording dropped into the inbox folder with SLNG speech-to-text,
            and keeps watching the inbox until stopped (Ctrl-C).

            Options:
              --once       transcribe what is in the inbox, then exit
              -h, --help   print this help and exit

            Environment:
              SLNG_API_KEY   SLNG API key. With neither SLNG_API_KEY nor SLNG_BASE_URL, an embedded local
                             SLNG-compatible server is used, and a new inbox gets 3 sample recordings.
            """ + Gateway.USAGE + """
              SLNG_INBOX     recordings to transcribe (default file-drop/inbox)
              SLNG_OUTBOX    transcripts: <name>.txt and <name>.json (default file-drop/outbox)
              SLNG_DONE      recordings once transcribed (default file-drop/done)
              SLNG_FAILED    recordings that failed, each with <file name>.error.txt saying why,
                             e.g. call.wav and call.wav.error.txt (default file-drop/failed)
            The default folders are under the current directory.

            Exit status: 0 every recording transcribed, 1 some recordings failed (--once) or an unexpected
                         error, 2 unknown argument, 3 cannot start (the reason is printed on one line).
            """;

    /**
     * @param  args                     the program arguments
     * @return                          what they ask for
     * @throws IllegalArgumentException naming the first argument that is not an option of this program
     */
    static CommandLine parse(String... args) {
        boolean once = false;
        boolean help = false;
        for (String arg : args) {
            switch (arg) {
                case "--once" -> once = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        return new CommandLine(once, help);
    }
}
