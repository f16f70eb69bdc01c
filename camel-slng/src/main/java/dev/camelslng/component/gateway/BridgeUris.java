package dev.camelslng.component.gateway;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelslng.component.protocol.ModelId;

/** The bridge URI of each model for one kind (tts or stt), built once per model rather than once per message. */
public final class BridgeUris {

    private static final int MAX_MODELS = 64;

    private final GatewayAddress address;
    private final String kind;
    private final Map<ModelId, URI> uris = new ConcurrentHashMap<>();

    public BridgeUris(GatewayAddress address, String kind) {
        this.address = address;
        this.kind = kind;
    }

    public URI of(ModelId model) {
        URI uri = uris.get(model);
        if (uri == null) {
            uri = address.bridge(kind, model);
            if (uris.size() < MAX_MODELS) {
                uris.put(model, uri);
            }
        }
        return uri;
    }
}
