package dev.camelslng.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelslng.component.SlngConfiguration;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The call a user would write without the component: Apache HttpClient 5 (classic, pooled), with the component's default
 * pool sizes and timeouts, the same Authorization header, JSON body and multipart {@code audio} part.
 */
final class RawHttpContender implements Contender {

    private static final String TTS_PATH = "/v1/bridges/unmute/tts/slng/deepgram/aura:2-en";
    private static final String STT_PATH = "/v1/bridges/unmute/stt/slng/deepgram/nova:3-en";
    private static final ContentType WAV = ContentType.create("audio/wav");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloseableHttpClient client;
    private final URI tts;
    private final URI stt;
    private final String authorization;

    RawHttpContender(String baseUrl, String apiKey) {
        SlngConfiguration defaults = new SlngConfiguration();
        client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(defaults.getMaxTotalConnections())
                        .setMaxConnPerRoute(defaults.getConnectionsPerRoute())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofMilliseconds(defaults.getConnectTimeout()))
                                .setSocketTimeout(Timeout.ofMilliseconds(defaults.getResponseTimeout()))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(defaults.getResponseTimeout())).build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
        tts = URI.create(baseUrl + TTS_PATH);
        stt = URI.create(baseUrl + STT_PATH);
        authorization = "Bearer " + apiKey;
    }

    @Override
    public Side side() {
        return Side.RAW;
    }

    @Override
    public byte[] speak(String text) throws IOException {
        byte[] json = JSON.writeValueAsBytes(Map.of("text", text));
        return post(tts, new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
    }

    @Override
    public String transcribe(byte[] audio) throws IOException {
        return transcript(post(stt, MultipartEntityBuilder.create().addBinaryBody("audio", audio, WAV, "audio.wav").build()));
    }

    @Override
    public String transcribe(File audio) throws IOException {
        return transcript(post(stt, MultipartEntityBuilder.create().addBinaryBody("audio", audio, WAV, audio.getName()).build()));
    }

    private byte[] post(URI uri, HttpEntity entity) throws IOException {
        HttpPost post = new HttpPost(uri);
        post.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        post.setEntity(entity);
        return client.execute(post, RawHttpContender::successBody);
    }

    private static byte[] successBody(ClassicHttpResponse response) throws IOException {
        byte[] body = EntityUtils.toByteArray(response.getEntity());
        if (response.getCode() >= 300) {
            throw new IOException("HTTP " + response.getCode() + ": " + new String(body, StandardCharsets.UTF_8));
        }
        return body;
    }

    private static String transcript(byte[] json) throws IOException {
        return JSON.readTree(json).path("alternatives").path(0).path("transcript").asText();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
