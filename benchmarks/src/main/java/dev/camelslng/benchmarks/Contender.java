package dev.camelslng.benchmarks;

import java.io.File;

/** One way of calling the gateway's TTS and STT bridges; each call is synchronous and checks its HTTP outcome. */
interface Contender extends AutoCloseable {

    Side side();

    /** @return the audio bytes of the spoken text */
    byte[] speak(String text) throws Exception;

    /** @return the transcript of audio held in memory */
    String transcribe(byte[] audio) throws Exception;

    /** @return the transcript of audio streamed from a file */
    String transcribe(File audio) throws Exception;
}
