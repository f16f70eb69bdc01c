package dev.camelslng.examples.contactcenter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.camelslng.examples.support.CannotFinishException;
import dev.camelslng.examples.support.ExampleRun;

/**
 * {@code calls [--fast] <file.wav>...}: checks every recording, then publishes them all at once as calls
 * ({@link CallPublisher}).
 *
 * @param fast  send the audio as fast as the broker takes it, not at real-time pace
 * @param files the recordings, one call each
 */
record CallsCommand(boolean fast, List<Path> files) {

    /** @throws IllegalArgumentException for an unknown option or no file */
    static CallsCommand parse(String... args) {
        boolean fast = false;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--fast")) {
                fast = true;
            } else if (arg.startsWith("-")) {
                throw new IllegalArgumentException("Unknown option for calls: " + arg);
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("calls: no recording given");
        }
        return new CallsCommand(fast, List.copyOf(files));
    }

    /**
     * @param  bootstrapServers      the broker
     * @return                       the exit status
     * @throws CannotFinishException for a recording that cannot be a call (nothing is sent then), or a send that failed
     */
    int run(String bootstrapServers) {
        List<WavAudio> calls = new ArrayList<>();
        Map<String, Path> byId = new HashMap<>();
        for (Path file : files) {
            WavAudio audio = WavAudio.read(file);
            Path before = byId.putIfAbsent(audio.callId(), file);
            if (before != null) {
                throw new CannotFinishException(before + " and " + file + " would both be call " + audio.callId()
                                                + ": a call id is the file name without .wav");
            }
            calls.add(audio);
        }
        new CallPublisher(bootstrapServers, !fast).publish(calls);
        return ExampleRun.EXIT_OK;
    }
}
