package dev.camelslng.component;

/** How tts-stream cuts the text it is given (an LLM's tokens, say) into the pieces it sends. */
public enum SlngTextChunking {
    /** Each message is one piece, as given. */
    NONE,
    /** Whole words: a piece ends at the whitespace after a word. */
    WORD,
    /** Phrases: a piece ends after punctuation ({@code . , ! ? ; :}) followed by whitespace, or near 60 characters. */
    PHRASE,
    /** Sentences: a piece ends after {@code . ! ?} followed by whitespace. */
    SENTENCE
}
