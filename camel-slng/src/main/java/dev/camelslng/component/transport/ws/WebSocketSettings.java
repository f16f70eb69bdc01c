package dev.camelslng.component.transport.ws;

/**
 * How an endpoint's WebSocket client connects.
 *
 * @param connectTimeoutMillis the TCP connect and opening handshake timeout
 * @param maxMessageSize       the largest inbound frame or message accepted, in bytes
 * @param proxyHost            an HTTP CONNECT proxy, or null
 * @param proxyPort            its port, or null for 3128
 * @param tls                  the TLS settings, or null for the JVM defaults
 */
public record WebSocketSettings(long connectTimeoutMillis, int maxMessageSize, String proxyHost, Integer proxyPort,
                                WebSocketTls tls) {
}
