package dev.camelslng.sandbox.engine.real;

import edu.cmu.sphinx.api.AbstractSpeechRecognizer;
import edu.cmu.sphinx.api.Configuration;
import edu.cmu.sphinx.api.Context;
import edu.cmu.sphinx.result.Result;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.StringJoiner;

/**
 * One Sphinx4 en-us recogniser, allocated once and reused. Stateful: one call at a time. Reads
 * {@link Result#getBestResultNoFiller()} instead of building a {@code SpeechResult}, whose lattice throws a
 * NullPointerException in this Sphinx4 build when no path reached the end of the sentence.
 */
final class SphinxRecognizer extends AbstractSpeechRecognizer {

    private static final String CONFIG = "resource:/dev/camelslng/sandbox/engine/real/sphinx.config.xml";
    private static final String MODELS = "resource:/edu/cmu/sphinx/models/en-us/";

    private SphinxRecognizer(Context context) throws IOException {
        super(context);
        recognizer.allocate();
    }

    /**
     * Loads the acoustic model, the dictionary and the language model (5-10 s, about 170 MB).
     *
     * @return           a ready recogniser
     * @throws IOException if the models cannot be read
     */
    static SphinxRecognizer load() throws IOException {
        Configuration configuration = new Configuration();
        configuration.setAcousticModelPath(MODELS + "en-us");
        configuration.setDictionaryPath(MODELS + "cmudict-en-us.dict");
        configuration.setLanguageModelPath(MODELS + "en-us.lm.bin");
        configuration.setSampleRate(FreeTtsSynthesizer.SAMPLE_RATE);
        return new SphinxRecognizer(new Context(CONFIG, configuration));
    }

    /**
     * Decodes one stream.
     *
     * @param  pcm 16 kHz mono PCM16LE
     * @return     the words heard, lower case, single spaces, empty when none
     */
    String decode(byte[] pcm) {
        context.setSpeechSource(new ByteArrayInputStream(pcm));
        StringJoiner words = new StringJoiner(" ");
        Result result;
        while ((result = recognizer.recognize()) != null) {
            String text = result.getBestResultNoFiller().trim();
            if (!text.isEmpty()) {
                words.add(text);
            }
        }
        return words.toString().replaceAll("\\s+", " ");
    }
}
