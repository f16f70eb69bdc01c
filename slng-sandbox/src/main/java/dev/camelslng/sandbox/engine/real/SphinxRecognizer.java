package dev.camelslng.sandbox.engine.real;

import dev.camelslng.sandbox.engine.Transcript;
import edu.cmu.sphinx.api.AbstractSpeechRecognizer;
import edu.cmu.sphinx.api.Configuration;
import edu.cmu.sphinx.api.Context;
import edu.cmu.sphinx.frontend.FrontEnd;
import edu.cmu.sphinx.result.Result;
import edu.cmu.sphinx.result.WordResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.BooleanSupplier;

/**
 * One Sphinx4 en-us recogniser, allocated once and reused. Stateful: one call at a time. Reads
 * {@link Result#getBestResultNoFiller()} instead of building a {@code SpeechResult}, whose lattice throws a
 * NullPointerException in this Sphinx4 build when no path reached the end of the sentence.
 */
final class SphinxRecognizer extends AbstractSpeechRecognizer {

    /** Sphinx4 without a lattice gives no confidence; a fixed value says "recognised", 0 says "nothing". */
    private static final double HEARD_CONFIDENCE = 0.9;
    private static final String CONFIG = "resource:/dev/camelslng/sandbox/engine/real/sphinx.config.xml";
    private static final String MODELS = "resource:/edu/cmu/sphinx/models/en-us/";

    private final FrontEnd frontEnd;

    private SphinxRecognizer(Context context) throws IOException {
        super(context);
        recognizer.allocate();
        frontEnd = context.getInstance(FrontEnd.class);
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
     * @param  pcm       16 kHz mono PCM16LE
     * @param  abandoned when it turns true, the rest of the audio is not read: the decode ends soon with what it has
     * @return           the words heard (lower case, single spaces, empty when none) with their times from the start of
     *                   {@code pcm}
     */
    Transcript decode(byte[] pcm, BooleanSupplier abandoned) {
        // the same audio gives the same words whatever was decoded before: the dither's noise and the speech
        // classifier's levels start again
        frontEnd.initialize();
        context.setSpeechSource(new ByteArrayInputStream(pcm) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return abandoned.getAsBoolean() ? -1 : super.read(buffer, offset, length);
            }
        });
        StringJoiner text = new StringJoiner(" ");
        List<Transcript.Word> words = new ArrayList<>();
        Result result;
        while ((result = recognizer.recognize()) != null) {
            String heard = result.getBestResultNoFiller().trim();
            if (!heard.isEmpty()) {
                text.add(heard);
            }
            for (WordResult word : result.getTimedBestResult(false)) {
                // silence, noise and the sentence markers are no words of the text
                String spelling = word.getWord().getSpelling();
                if (!word.isFiller() && !spelling.startsWith("<") && !spelling.startsWith("[")) {
                    words.add(new Transcript.Word(spelling, word.getTimeFrame().getStart(), word.getTimeFrame().getEnd()));
                }
            }
        }
        String joined = text.toString().replaceAll("\\s+", " ");
        return new Transcript(joined, joined.isEmpty() ? 0.0 : HEARD_CONFIDENCE, joined.isEmpty() ? List.of() : words);
    }
}
