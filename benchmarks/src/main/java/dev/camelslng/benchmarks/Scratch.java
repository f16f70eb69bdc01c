package dev.camelslng.benchmarks;

public final class Scratch {
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        try (SandboxProcess sandbox = SandboxProcess.start();
             CamelStreamContender c = new CamelStreamContender(sandbox.baseUrl(), sandbox.apiKey());
             RawStreamContender r = new RawStreamContender(sandbox.baseUrl(), sandbox.apiKey())) {
            byte[] chunk = new byte[320];
            int n = Integer.parseInt(args[0]);
            for (int round = 0; round < Integer.parseInt(args[1]); round++) {
                for (StreamContender s : args.length > 2 ? new StreamContender[] {c} : new StreamContender[] {c, r}) {
                    long a0 = JvmMeters.allocatedBytes();
                    long cpu0 = JvmMeters.processCpuNanos();
                    long t0 = System.nanoTime();
                    s.streamAudio(chunk, n);
                    long t = System.nanoTime() - t0;
                    System.out.printf("%s: %.0f msg/s, %.2f KiB/msg, cpu %.1f us/msg%n", s.side(), n / (t / 1e9),
                            (JvmMeters.allocatedBytes() - a0) / 1024.0 / n, (JvmMeters.processCpuNanos() - cpu0) / 1e3 / n);
                }
            }
        }
    }
}
