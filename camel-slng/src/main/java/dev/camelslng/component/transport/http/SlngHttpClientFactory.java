package dev.camelslng.component.transport.http;

import javax.net.ssl.SSLContext;

import dev.camelslng.component.SlngConfiguration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Apache HttpClient 5 of an endpoint from the camel-http style options: pool sizes, connect timeout, proxy,
 * TLS and an {@code HttpClientConfigurer} for the rest. Retries are disabled here because {@link SlngHttpExecutor} owns
 * them; redirects, as in camel-http, because following one would send the request, key included, somewhere the user did
 * not configure.
 */
public final class SlngHttpClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SlngHttpClientFactory.class);
    private static final String[] RAW_LOGGERS = {"org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire",
        "org.apache.hc.client5.http.impl.classic"};

    private SlngHttpClientFactory() {
    }

    /** @param sslContext the TLS context to use, or null for the JVM default */
    public static CloseableHttpClient create(SlngConfiguration config, SSLContext sslContext) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(config.getMaxTotalConnections())
                .setMaxConnPerRoute(config.getConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(config.getConnectTimeout()))
                        .setSocketTimeout(Timeout.ofMilliseconds(config.getResponseTimeout()))
                        .build());
        if (sslContext != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(pool.build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement();
        if (config.getProxyHost() != null) {
            builder.setProxy(new HttpHost(config.getProxyHost(), config.getProxyPort() == null ? 8080 : config.getProxyPort()));
        }
        warnIfHttpClientLogsWhatItSends();
        if (config.getHttpClientConfigurer() != null) {
            config.getHttpClientConfigurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    /**
     * HttpClient's own header and wire loggers print every header as sent, the Authorization header included; its
     * execution logger prints request lines, the query strings of presigned download URLs included.
     */
    private static void warnIfHttpClientLogsWhatItSends() {
        for (String name : RAW_LOGGERS) {
            if (LoggerFactory.getLogger(name).isDebugEnabled()) {
                LOG.warn("Logger {} is at DEBUG: Apache HttpClient will log what it sends, which includes the SLNG API key"
                         + " or presigned download URLs. Do not enable it outside a development machine.", name);
            }
        }
    }
}
