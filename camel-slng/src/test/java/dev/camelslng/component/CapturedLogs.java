package dev.camelslng.component;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Everything every logger writes while open, at TRACE unless told: the root and every configured logger (the test
 * configuration pins dev.camelslng and org.apache.camel at DEBUG) are lowered to that level, and put back on close;
 * except Apache HttpClient's raw header and wire loggers, which print headers as sent (as they do for camel-http) and stay
 * at INFO.
 */
final class CapturedLogs implements AutoCloseable {

    private static final String NAME = "captured";
    private static final String[] RAW_HTTP_LOGGERS = {"org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire"};

    private final StringWriter text = new StringWriter();
    private final Appender appender;
    private final Map<LoggerConfig, Level> levelsBefore = new HashMap<>();

    CapturedLogs() {
        this(Level.ALL);
    }

    CapturedLogs(Level level) {
        LoggerContext logs = (LoggerContext) LogManager.getContext(false);
        Configuration config = logs.getConfiguration();
        appender = WriterAppender.newBuilder().setName(NAME).setTarget(text)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m %throwable%n").build()).build();
        appender.start();
        LoggerConfig root = config.getRootLogger();
        root.addAppender(appender, level, null);
        levelsBefore.put(root, root.getLevel());
        config.getLoggers().values().forEach(logger -> levelsBefore.put(logger, logger.getLevel()));
        levelsBefore.keySet().forEach(logger -> logger.setLevel(level));
        for (String raw : RAW_HTTP_LOGGERS) {
            config.addLogger(raw, LoggerConfig.newBuilder().withLoggerName(raw).withLevel(Level.INFO).withConfig(config).build());
        }
        logs.updateLoggers();
    }

    /** What was logged so far. */
    String text() {
        return text.toString();
    }

    /** What was logged so far by every logger but those under the given prefixes (a server's own, say). */
    String textExcept(String... loggerPrefixes) {
        StringBuilder kept = new StringBuilder();
        for (String line : text().split("\n")) {
            String[] words = line.split(" ", 3);
            if (words.length < 2 || java.util.Arrays.stream(loggerPrefixes).noneMatch(words[1]::startsWith)) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    @Override
    public void close() {
        LoggerContext logs = (LoggerContext) LogManager.getContext(false);
        logs.getConfiguration().getRootLogger().removeAppender(NAME);
        levelsBefore.forEach(LoggerConfig::setLevel);
        for (String raw : RAW_HTTP_LOGGERS) {
            logs.getConfiguration().removeLogger(raw);
        }
        logs.updateLoggers();
        appender.stop();
    }
}
