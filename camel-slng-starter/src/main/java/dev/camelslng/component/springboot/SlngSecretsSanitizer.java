package dev.camelslng.component.springboot;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the slng secrets in {@code /actuator/configprops} and {@code /actuator/env} even when an application shows values
 * ({@code management.endpoint.*.show-values=always}): {@code camel.component.slng.api-key} in any spelling Spring Boot
 * accepts ({@code apiKey}, {@code CAMEL_COMPONENT_SLNG_APIKEY}), and the {@code SLNG_API_KEY} variable the component
 * falls back to.
 */
public class SlngSecretsSanitizer implements SanitizingFunction {

    private final Set<String> secretKeys;

    /**
     * @param secretOptions the component option names holding secrets, such as {@code apiKey}
     */
    public SlngSecretsSanitizer(Set<String> secretOptions) {
        this.secretKeys = secretOptions.stream().map(SlngSecretsSanitizer::normalized).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public SanitizableData apply(SanitizableData data) {
        String key = normalized(data.getKey());
        boolean secret = secretKeys.stream().anyMatch(option -> key.equals(option) || key.endsWith("slng" + option));
        return secret ? data.withSanitizedValue() : data;
    }

    private static String normalized(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
