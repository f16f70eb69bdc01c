package dev.camelslng.component.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The unified STT bridge response ({@code type: transcription}). Fields SLNG may add are kept in {@link #getExtra()}, so
 * writing the object back as JSON loses nothing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SttTranscription {

    private String type;
    @JsonProperty("is_final")
    private Boolean isFinal;
    private List<Alternative> alternatives = List.of();
    private Integer channel;
    private String language;
    private final Map<String, Object> extra = new LinkedHashMap<>();

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

    @JsonAnyGetter
    public Map<String, Object> getExtra() {
        return extra;
    }

    @JsonAnySetter
    public void putExtra(String name, Object value) {
        extra.put(name, value);
    }

    @Override
    public String toString() {
        return "SttTranscription[" + transcript() + "]";
    }

    /** One hypothesis of what was said. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Alternative {
        private String transcript;
        private Double confidence;
        private final Map<String, Object> extra = new LinkedHashMap<>();

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

        @JsonAnyGetter
        public Map<String, Object> getExtra() {
            return extra;
        }

        @JsonAnySetter
        public void putExtra(String name, Object value) {
            extra.put(name, value);
        }
    }
}
