package dev.camelslng.sandbox.catalog;

import java.util.List;

/**
 * One model of the sandbox's catalogue, with the fields of the real catalogue it can fill truthfully (protocol §10.1).
 *
 * @param code        the model id, e.g. {@code slng/deepgram/aura:2-en}
 * @param name        a display name
 * @param serviceType TTS or STT
 * @param streaming   whether it serves the unified bridges
 * @param batch       whether it serves batch jobs
 * @param protocols   {@code https} and/or {@code wss}
 * @param languages   ISO-639-1 codes, empty when the protocol document does not say
 * @param voices      example voice ids, empty when none are known
 */
public record CatalogModel(String code, String name, ServiceType serviceType, boolean streaming, boolean batch, List<String> protocols,
                           List<String> languages, List<String> voices) {

    private static final String SLNG_PREFIX = "slng/";

    /** Copies the lists, so the model is immutable. */
    public CatalogModel {
        protocols = List.copyOf(protocols);
        languages = List.copyOf(languages);
        voices = List.copyOf(voices);
    }

    /** @return the provider, the segment after an optional {@code slng/}, e.g. {@code deepgram} */
    public String providerCode() {
        String rest = isSlngHosted() ? code.substring(SLNG_PREFIX.length()) : code;
        return rest.substring(0, rest.indexOf('/'));
    }

    /** @return {@code slng} for SLNG-hosted models, else the provider */
    public String hostedBy() {
        return isSlngHosted() ? "slng" : providerCode();
    }

    /** @return whether the id starts with {@code slng/} */
    public boolean isSlngHosted() {
        return code.startsWith(SLNG_PREFIX);
    }

    /**
     * Whether this model can serve a request of the given kind.
     *
     * @param  use the bridge or API the id was sent to
     * @return     true for a model of the right service type that offers the transport
     */
    public boolean supports(ModelUse use) {
        return switch (use) {
            case TTS_HTTP -> serviceType == ServiceType.TTS && streaming && protocols.contains("https");
            case TTS_WS -> serviceType == ServiceType.TTS && streaming && protocols.contains("wss");
            case STT_HTTP -> serviceType == ServiceType.STT && streaming && protocols.contains("https");
            case STT_WS -> serviceType == ServiceType.STT && streaming && protocols.contains("wss");
            case BATCH -> serviceType == ServiceType.STT && batch;
        };
    }
}
