package dev.camelslng.examples.ttsstream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import dev.camelslng.examples.support.CannotFinishException;
import dev.camelslng.examples.support.EnoughHeap;
import dev.camelslng.examples.support.ExampleRun;
import dev.camelslng.examples.support.Gateway;
import dev.camelslng.examples.support.GatewayInUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks each line of a text through {@code slng:tts-stream} and writes one WAV per line. Without SLNG_API_KEY and
 * SLNG_BASE_URL it starts the local SLNG-compatible server in-process, so the example works with no account. See
 * {@link CommandLine#USAGE} for the options and exit statuses.
 */
public final class TextToSpeechStream {

    private static final Logger LOG = LoggerFactory.getLogger(TextToSpeechStream.class);

    private TextToSpeechStream() {
    }

    /** Runs the example; the JVM always ends with {@code System.exit}. */
    public static void main(String[] args) {
        ExampleRun.exit(LOG, () -> run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> env) {
        return ExampleRun.run(args, CommandLine::parse, CommandLine::help, CommandLine.USAGE,
                command -> runSpeaking(args, env, command));
    }

    private static int runSpeaking(String[] args, Map<String, String> env, CommandLine command) {
        try {
            Gateway requested = Gateway.fromEnvironment(env);
            if (EnoughHeap.lacking(requested)) {
                return EnoughHeap.runAgain(TextToSpeechStream.class, args, LOG);
            }
            speak(requested, command);
            return ExampleRun.EXIT_OK;
        } catch (CannotFinishException e) {
            LOG.error("Cannot speak the text: {}", e.getMessage());
            return ExampleRun.EXIT_FAILED;
        } catch (IOException e) {
            LOG.error("Cannot speak the text: cannot read {}: {}", source(command), e.getMessage());
            return ExampleRun.EXIT_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.error("Interrupted while speaking the text");
            return ExampleRun.EXIT_FAILED;
        }
    }

    private static void speak(Gateway requested, CommandLine command) throws IOException, InterruptedException {
        try (BufferedReader lines = open(command.textFile())) {
            WavFiles files = new WavFiles(WavFiles.createFolder(command.outDir()), command.sampleRate(), System.out);
            try (GatewayInUse gateway = GatewayInUse.open(requested, LOG)) {
                if (new SpeechStream(gateway.gateway(), command.sampleRate()).speak(lines, files) == 0) {
                    LOG.warn("No text in {}: nothing to speak", source(command));
                }
            }
        }
    }

    private static BufferedReader open(Path textFile) {
        if (textFile == null) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        try {
            return Files.newBufferedReader(textFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CannotFinishException("no such file: " + textFile);
        } catch (IOException e) {
            throw new CannotFinishException("cannot read " + textFile + ": " + CannotFinishException.from(e).getMessage());
        }
    }

    private static String source(CommandLine command) {
        return command.textFile() == null ? "standard input" : command.textFile().toString();
    }
}
