package dev.camelslng.component.bench;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;

import dev.camelslng.component.SlngComponent;
import dev.camelslng.sandbox.SlngSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Sends one large recording through {@code slng:stt} to the local server in the same JVM and prints time, throughput
 * and peak heap. Run with a small heap ({@code -Xmx128m}, see the large-upload profile in camel-slng/pom.xml): it
 * passes only if the upload streams from disk. The file is sparse, so it takes no disk space. Exits non-zero when the
 * transcript is wrong.
 */
public final class LargeUploadBenchmark {

    private static final String SPOKEN = "the upload streamed from disk";
    private static final int WAV_HEADER = 44;

    private LargeUploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long size = args.length > 0 ? Long.parseLong(args[0]) : 1L << 30;
        File recording = Files.createTempFile("slng-large-upload", ".wav").toFile();
        recording.deleteOnExit();
        try (SlngSandbox sandbox = SlngSandbox.builder().build()) {
            sandbox.start();
            writeSparseRecording(recording, sandbox.engine().synthesize(SPOKEN, null), size);
            try (CamelContext camel = new DefaultCamelContext()) {
                SlngComponent slng = camel.getComponent("slng", SlngComponent.class);
                slng.getConfiguration().setBaseUrl(sandbox.baseUrl());
                slng.getConfiguration().setApiKey(sandbox.apiKey());
                slng.getConfiguration().setResponseTimeout(600_000);
                camel.start();
                ProducerTemplate template = camel.createProducerTemplate();
                long start = System.nanoTime();
                String transcript = template.requestBody("slng:stt", recording, String.class);
                double seconds = (System.nanoTime() - start) / 1e9;
                long received = sandbox.requests().last().audioBytes();
                System.out.printf("large-upload: %d MiB in %.1f s (%.0f MiB/s), server received %d bytes, peak heap %d MiB"
                                  + " of max %d MiB, transcript \"%s\"%n",
                        size >> 20, seconds, (size >> 20) / seconds, received, peakHeapMiB(),
                        Runtime.getRuntime().maxMemory() >> 20, transcript);
                if (!SPOKEN.equals(transcript) || received != size) {
                    System.out.println("large-upload: FAILED");
                    System.exit(1);
                }
            }
        }
    }

    /** The spoken audio, then silence up to {@code size} bytes; the WAV header declares the full length. */
    private static void writeSparseRecording(File file, byte[] speech, long size) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file, "rw")) {
            out.setLength(size);
            byte[] patched = speech.clone();
            ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN).putInt(4, (int) Math.min(size - 8, 0xFFFFFFFFL))
                    .putInt(40, (int) Math.min(size - WAV_HEADER, 0xFFFFFFFFL));
            out.write(patched);
        }
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
