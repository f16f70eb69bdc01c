package dev.camelslng.component;

import java.util.Arrays;

import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * camel-main's summary of the properties it applied masks only names it knows as secrets; the component adds
 * providerApiKey to them (Camel 4.15 and later: 4.14 has no way to add a name). camel-main's DEBUG dumps of every
 * {@code camel.*} property print apiKey as much as providerApiKey: there the provider key may appear only where the API
 * key does.
 */
class CamelMainSecretsTest {

    private static final String API_KEY = "slng_cu_main_key_31c9";
    private static final String PROVIDER_KEY = "dg_main_provider_key_e4b0";

    @Test
    void camelMainMasksTheProviderKeyWhereverItMasksTheApiKey() throws Exception {
        assumeTrue(supportsAdditionalSensitiveKeywords(), "Camel 4.14 has no additional sensitive keywords");
        Main main = new Main();
        main.addInitialProperty("camel.component.slng.apiKey", API_KEY);
        main.addInitialProperty("camel.component.slng.providerApiKey", PROVIDER_KEY);
        main.addInitialProperty("camel.component.slng.voice", "aura-2-luna-en");
        try (CapturedLogs logs = new CapturedLogs(Level.DEBUG)) {
            main.start();
            main.stop();

            assertThat(logs.text()).contains("camel.component.slng.voice = aura-2-luna-en")
                    .contains("camel.component.slng.apiKey = xxxxxx").contains("camel.component.slng.providerApiKey = xxxxxx");
            String[] lines = logs.text().split("\n");
            assertThat(Arrays.stream(lines).filter(line -> line.contains(PROVIDER_KEY)))
                    .allSatisfy(line -> assertThat(lines).contains(
                            line.replace("providerApiKey", "apiKey").replace(PROVIDER_KEY, API_KEY)));
        }
    }

    private static boolean supportsAdditionalSensitiveKeywords() {
        return Arrays.stream(ExtendedCamelContext.class.getMethods())
                .anyMatch(method -> method.getName().equals("setAdditionalSensitiveKeywords"));
    }
}
