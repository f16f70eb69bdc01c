package dev.camelslng.component.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The unified STT bridge response ({@code type: transcription}). Fields SLNG may add are kept in {@link #getExtra()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SttTranscription extends OpenJsonObject {

    private String type;
    @JsonProperty("is_final")
    private Boolean isFinal;
    private List<Alternative> alternatives = List.of();
    private Integer channel;
    private String language;

    /** The first alternative's transcript, or an empty string when SLNG heard nothing. */
    public String transcript() {
        return alternatives.isEmpty() || alternatives.get(0).getTranscript() == null
                ? "" : alternatives.get(0).getTranscript();
    }

    /** The first alternative's confidence, or null when not given. */
    public Double confidence() {
        return alternatives.isEmpty() ? null : alternatives.get(0).getConfidence();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Boolean getIsFinal() {
        return isFinal;
    }

    public void setIsFinal(Boolean isFinal) {
        this.isFinal = isFinal;
    }

    public List<Alternative> getAlternatives() {
        return alternatives;
    }

    public void setAlternatives(List<Alternative> alternatives) {
        this.alternatives = alternatives == null ? List.of() : alternatives;
    }

    public Integer getChannel() {
        return channel;
    }

    public void setChannel(Integer channel) {
        this.channel = channel;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    @Override
    public String toString() {
        return "SttTranscription[" + transcript() + "]";
    }

    /** One hypothesis of what was said. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Alternative extends OpenJsonObject {
        private String transcript;
        private Double confidence;

        public String getTranscript() {
            return transcript;
        }

        public void setTranscript(String transcript) {
            this.transcript = transcript;
        }

        public Double getConfidence() {
            return confidence;
        }

        public void setConfidence(Double confidence) {
            this.confidence = confidence;
        }
    }
}
