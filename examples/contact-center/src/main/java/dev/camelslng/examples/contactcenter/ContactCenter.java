package dev.camelslng.examples.contactcenter;

import java.util.Arrays;
import java.util.Map;

import dev.camelslng.examples.support.CannotFinishException;
import dev.camelslng.examples.support.ExampleRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A contact centre scaled out on Kafka: calls come in as audio chunks on one topic, workers transcribe them and put the
 * transcripts on another. One jar, one subcommand per role (see {@link #USAGE}): {@code broker} runs an embedded Kafka,
 * {@code calls} publishes recordings as live calls, {@code transcripts} collects what the workers wrote, {@code worker}
 * is still to come.
 */
public final class ContactCenter {

    static final String USAGE = """
            Usage: java -jar contact-center.jar <command> [options]

            Commands:
              broker [--port N] [--data DIR]
                  Runs a single-node Kafka broker (KRaft, broker and controller in one process) on
                  127.0.0.1 until stopped (Ctrl-C or SIGTERM), with the topics call-audio and
                  call-transcripts (12 partitions each). Once it accepts clients it prints one line on
                  stdout, bootstrap.servers=HOST:PORT, and nothing else there (its logs go to stderr).
                    --port N    the port for clients; 0 (the default) takes a free one
                    --data DIR  where it keeps its data (kept on exit); by default a new temporary
                                folder, deleted when the broker stops
              calls [--fast] <file.wav>...
                  Publishes each recording as one call, all at once, at real-time pace (20 ms of audio
                  every 20 ms) unless --fast: to call-audio, key = call id (the file name without .wav),
                  value = 640 bytes of PCM (20 ms; the last chunk may be shorter), then one record with
                  the header call-end=true and an empty value. The recordings must be WAVs of 16 kHz
                  16-bit mono PCM; every file is checked before anything is sent. Exits when the broker
                  has acknowledged every record.
              transcripts <out-dir> [--calls N] [--timeout S]
                  Reads call-transcripts from the beginning and, once N calls (default 1) are complete,
                  writes <out-dir>/<call id>.txt for each complete call: the text of its final
                  transcripts, one a line, in audio order. Gives up after S seconds (default 120).
              worker
                  Not implemented yet.

            Options:
              -h, --help   print this help and exit

            Environment:
              KAFKA_BOOTSTRAP_SERVERS   the broker's address, as broker prints it (HOST:PORT), for calls,
                                        transcripts and worker

            Exit status: 0 done, 1 could not finish (the reason is printed on stderr; transcripts: not
                         all calls complete in time, naming the incomplete ones), 2 bad arguments or a
                         command not implemented yet. A broker stopped by SIGTERM or Ctrl-C exits with
                         the JVM's status for the signal (143, 130) after a clean shutdown.
            """;

    private static final Logger LOG = LoggerFactory.getLogger(ContactCenter.class);

    private ContactCenter() {
    }

    /** Runs one command; the JVM always ends with {@code System.exit}. */
    public static void main(String[] args) {
        ExampleRun.exit(LOG, () -> run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> env) {
        if (args.length == 0) {
            return usageError("No command given");
        }
        String[] options = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    yield ExampleRun.EXIT_OK;
                }
                case "broker" -> BrokerCommand.parse(options).run();
                case "calls" -> CallsCommand.parse(options).run(KafkaAddress.fromEnvironment(env));
                case "transcripts" -> TranscriptsCommand.parse(options).run(KafkaAddress.fromEnvironment(env));
                case "worker" -> {
                    System.err.println("worker: not implemented yet");
                    yield ExampleRun.EXIT_USAGE;
                }
                default -> usageError("Unknown command: " + args[0]);
            };
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        } catch (CannotFinishException e) {
            System.err.println(args[0] + ": " + e.getMessage());
            return ExampleRun.EXIT_FAILED;
        }
    }

    private static int usageError(String problem) {
        System.err.println(problem);
        System.err.print(USAGE);
        return ExampleRun.EXIT_USAGE;
    }
}
