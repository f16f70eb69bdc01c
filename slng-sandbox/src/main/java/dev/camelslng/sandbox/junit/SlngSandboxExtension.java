package dev.camelslng.sandbox.junit;

import dev.camelslng.sandbox.SlngSandbox;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs an {@link SlngSandbox} for a test class: started once before all tests (on a free port unless configured),
 * {@link SlngSandbox#reset() reset} before each test, stopped after all. Register it as a static field,
 * <pre>{@code @RegisterExtension static SlngSandboxExtension SANDBOX = new SlngSandboxExtension();}</pre>
 * or with {@code @ExtendWith(SlngSandboxExtension.class)} and an {@link SlngSandbox} test or lifecycle parameter. For real
 * offline speech, {@code new SlngSandboxExtension(SlngSandbox.builder().realSpeech())}: its models load once per test
 * class, in {@code beforeAll}.
 */
public final class SlngSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final SlngSandbox.Builder builder;
    private SlngSandbox sandbox;
    /** Nested test classes call beforeAll/afterAll again: only the outermost pair starts and stops. */
    private int depth;

    /** A sandbox with the default settings. */
    public SlngSandboxExtension() {
        this(SlngSandbox.builder());
    }

    /**
     * A sandbox with custom settings.
     *
     * @param builder the configuration; {@code build()} is called when the test class starts
     */
    public SlngSandboxExtension(SlngSandbox.Builder builder) {
        this.builder = builder;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (depth++ == 0) {
            sandbox = builder.build().start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--depth == 0) {
            sandbox.stop();
            sandbox = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == SlngSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sandbox();
    }

    /**
     * The running sandbox.
     *
     * @return                       the sandbox of the current test class
     * @throws IllegalStateException outside the test class lifecycle
     */
    public synchronized SlngSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("The SLNG sandbox runs only while its test class runs; register the extension statically");
        }
        return sandbox;
    }

    /** @return the sandbox's base URL */
    public String baseUrl() {
        return sandbox().baseUrl();
    }

    /** @return the sandbox's API key */
    public String apiKey() {
        return sandbox().apiKey();
    }
}
