package dev.camelslng.component.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of a unified TTS request, {@code {"text": ..., "voice": ...}}; written straight to bytes, without a tree.
 *
 * @param text  what to say
 * @param voice the voice id, or null for the model's default (then left out)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TtsRequest(String text, String voice) {
}
