package dev.camelslng.examples.support;

import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;

/**
 * The frame every example runs in: a command line that is not understood prints the problem and the usage (status 2),
 * {@code --help} prints the usage (0), anything else is the example's own, and the JVM always ends with
 * {@code System.exit}.
 */
public final class ExampleRun {

    /** Done. */
    public static final int EXIT_OK = 0;
    /** Could not finish; the reason was printed on one line. */
    public static final int EXIT_FAILED = 1;
    /** The command line was not understood. */
    public static final int EXIT_USAGE = 2;

    private ExampleRun() {
    }

    /**
     * Runs an example and exits with its status: libraries' non-daemon threads must not keep a finished run alive.
     *
     * @param log the example's logger, for a defect's stack trace
     * @param run the example, giving its exit status
     */
    public static void exit(Logger log, IntSupplier run) {
        int status = EXIT_FAILED;
        try {
            status = run.getAsInt();
        } catch (RuntimeException | Error e) {
            // Not a mistake of the user's but a defect: its stack trace is wanted.
            log.error("Stopped by an unexpected failure", e);
        } finally {
            System.exit(status);
        }
    }

    /**
     * Reads the command line and answers usage mistakes and {@code --help} itself.
     *
     * @param  <C>     the example's command line
     * @param  args    the program arguments
     * @param  parse   reads them; throws IllegalArgumentException naming what it does not understand
     * @param  help    whether the command line asks for the usage
     * @param  usage   the usage text
     * @param  example the example itself, given the command line
     * @return         the exit status
     */
    public static <C> int run(String[] args, Function<String[], C> parse, Predicate<C> help, String usage, ToIntFunction<C> example) {
        C command;
        try {
            command = parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(usage);
            return EXIT_USAGE;
        }
        if (help.test(command)) {
            System.out.print(usage);
            return EXIT_OK;
        }
        return example.applyAsInt(command);
    }
}
