package dev.camelslng.component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.camelslng.component.stream.session.StreamSessions;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.util.URISupport;

/**
 * The stream names of a component: every tts-stream or stt-stream endpoint of one operation and name shares one
 * {@link StreamSessions}, created by the first to start and shut down when the last stops. The options that define
 * the sessions are agreed between them as Camel's seda agrees on a queue's size: an option set in one endpoint's URI
 * applies to every endpoint of the name, and two URIs that set it differently fail, naming the option and both URIs. An
 * endpoint that starts while the name's sessions run must also agree with them on what the sessions share.
 */
final class StreamNames {

    static final String DEFAULT_NAME = "default";

    /** What the name's sessions share (how they connect, their limits and timing): one value for the whole name. */
    private static final List<String> SHARED_OPTIONS = List.of("connectTimeout", "proxyHost", "proxyPort",
            "sslContextParameters", "maxMessageSize", "readyTimeout", "closeTimeout", "sessionIdleTimeout", "maxSessions",
            "reconnectInitialDelay", "reconnectMaxDelay", "reconnectMultiplier", "reconnectMaxAttempts", "sendQueueSize",
            "sendQueueTimeout", "replayBufferSize", "keepAliveInterval", "pongTimeout");
    /**
     * What each session is opened with (where, with which keys, what init says): a producer opens sessions with its own
     * values, so an endpoint started later may bring one nobody set; but two URIs must not set one differently.
     */
    private static final List<String> SESSION_OPTIONS = Stream.concat(SHARED_OPTIONS.stream(), Stream.of("baseUrl",
            "allowPlainHttp", "apiKey", "providerApiKey", "worldPart", "region", "worldPartOverride", "agentId", "sessionId",
            "model", "voice", "language", "sampleRate", "encoding", "enablePartials", "speed", "initConfig")).toList();
    private static final Set<String> SECRETS = Set.of("apiKey", "providerApiKey");

    private final Map<String, Name> names = new HashMap<>();

    /** The option a URI set, with its value and the endpoint that set it. */
    private record Claim(Object value, SlngEndpoint endpoint) {
    }

    /** One name's claims, and its sessions while an endpoint of it runs. */
    private static final class Name {
        private final Map<String, Claim> claims = new HashMap<>();
        private StreamSessions sessions;
        private SlngEndpoint founder;
        private int users;
    }

    /**
     * A new endpoint's URI set {@code uriOptions} (as written, any case): those that define sessions are claimed for its
     * name.
     *
     * @throws IllegalArgumentException when another endpoint of the name set one of them to another value
     */
    synchronized void claim(SlngEndpoint endpoint, Set<String> uriOptions) {
        Name name = names.computeIfAbsent(key(endpoint), k -> new Name());
        PropertyConfigurerGetter getter = getter(endpoint);
        Map<String, Claim> claims = new HashMap<>();
        for (String option : SESSION_OPTIONS) {
            if (uriOptions.stream().anyMatch(option::equalsIgnoreCase)) {
                Object value = getter.getOptionValue(endpoint, option, false);
                Claim earlier = name.claims.get(option);
                if (earlier != null && !Objects.equals(earlier.value(), value)) {
                    throw conflict(option, earlier.endpoint(), endpoint);
                }
                claims.put(option, new Claim(value, endpoint));
            }
        }
        // an endpoint refused claims nothing
        claims.forEach(name.claims::putIfAbsent);
    }

    /** A starting endpoint takes the session options its name's other URIs set. */
    synchronized void adopt(SlngEndpoint endpoint) {
        Name name = names.get(key(endpoint));
        if (name != null) {
            PropertyConfigurer configurer = endpoint.getComponent().getEndpointPropertyConfigurer();
            name.claims.forEach((option, claim) -> configurer.configure(endpoint.getCamelContext(), endpoint, option,
                    claim.value(), false));
        }
    }

    /**
     * A started endpoint's share of its name's sessions, opened by {@code open} when it is the first to start.
     *
     * @throws IllegalArgumentException when the sessions run with a shared option this endpoint has otherwise
     */
    synchronized StreamSessions join(SlngEndpoint endpoint, Supplier<StreamSessions> open) {
        Name name = names.computeIfAbsent(key(endpoint), k -> new Name());
        if (name.sessions == null) {
            name.sessions = open.get();
            name.founder = endpoint;
        } else {
            PropertyConfigurerGetter getter = getter(endpoint);
            for (String option : SHARED_OPTIONS) {
                if (!Objects.equals(getter.getOptionValue(name.founder, option, false), getter.getOptionValue(endpoint, option, false))) {
                    throw conflict(option, name.founder, endpoint);
                }
            }
        }
        name.users++;
        return name.sessions;
    }

    /** A started endpoint stops: the last of its name shuts the sessions down with {@code cause}. */
    synchronized void leave(SlngEndpoint endpoint, Throwable cause) {
        Name name = names.get(key(endpoint));
        if (name != null && name.sessions != null && --name.users == 0) {
            name.sessions.shutdown(cause);
            name.sessions = null;
            name.founder = null;
        }
    }

    /** The endpoint is removed for good: its claims go with it. */
    synchronized void forget(SlngEndpoint endpoint) {
        Name name = names.get(key(endpoint));
        if (name != null) {
            name.claims.values().removeIf(claim -> claim.endpoint() == endpoint);
        }
    }

    private static String key(SlngEndpoint endpoint) {
        return endpoint.getConfiguration().getOperation() + ":" + endpoint.getConfiguration().getName();
    }

    private static PropertyConfigurerGetter getter(SlngEndpoint endpoint) {
        return (PropertyConfigurerGetter) endpoint.getComponent().getEndpointPropertyConfigurer();
    }

    private static IllegalArgumentException conflict(String option, SlngEndpoint first, SlngEndpoint second) {
        PropertyConfigurerGetter getter = getter(first);
        String values = SECRETS.contains(option) ? option + " is not the same (values not shown)"
                : option + "=" + getter.getOptionValue(first, option, false) + " in one, " + option + "="
                  + getter.getOptionValue(second, option, false) + " in the other";
        return new IllegalArgumentException("slng:" + key(first) + " is one stream name for " + uri(first) + " and "
                                            + uri(second) + ", but " + values + ": the endpoints of a name share their"
                                            + " sessions, so " + option + " must be alike (set it on one of them, or on"
                                            + " the component) or the names must differ");
    }

    private static String uri(SlngEndpoint endpoint) {
        return URISupport.sanitizeUri(endpoint.getEndpointUri());
    }
}
