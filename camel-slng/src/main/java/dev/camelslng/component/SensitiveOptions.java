package dev.camelslng.component;

import java.lang.reflect.Method;
import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Camel mask {@code providerApiKey} wherever it masks {@code apiKey}. URI sanitizing matches "apikey" anywhere in a
 * name, but camel-main's property logging matches whole names against a fixed list, where "providerapikey" is not; from
 * Camel 4.15 a context takes additional sensitive keywords. That method is looked up rather than called so that the
 * component still runs on Camel 4.14, which has no such hook (there, camel-main prints the value at DEBUG: the README
 * says to pass the provider key by header or environment on 4.14).
 */
final class SensitiveOptions {

    static final String KEYWORD = "providerapikey";
    private static final Logger LOG = LoggerFactory.getLogger(SensitiveOptions.class);

    private SensitiveOptions() {
    }

    static void register(CamelContext context) {
        if (context == null) {
            return;
        }
        ExtendedCamelContext extension = context.getCamelContextExtension();
        try {
            Method getter = ExtendedCamelContext.class.getMethod("getAdditionalSensitiveKeywords");
            Method setter = ExtendedCamelContext.class.getMethod("setAdditionalSensitiveKeywords", String.class);
            String current = (String) getter.invoke(extension);
            if (current == null || current.isBlank()) {
                setter.invoke(extension, KEYWORD);
            } else if (!current.toLowerCase(Locale.ROOT).contains(KEYWORD)) {
                setter.invoke(extension, current + "," + KEYWORD);
            }
        } catch (NoSuchMethodException e) {
            LOG.debug("Camel {} has no additional sensitive keywords; providerApiKey is masked in URIs only",
                    context.getVersion());
        } catch (ReflectiveOperationException e) {
            LOG.warn("Could not register providerApiKey as a sensitive option: {}", e.toString());
        }
    }
}
