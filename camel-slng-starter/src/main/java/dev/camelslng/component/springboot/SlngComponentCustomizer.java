package dev.camelslng.component.springboot;

import java.util.Map;
import java.util.Set;

import dev.camelslng.component.SlngComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.core.env.Environment;

/**
 * Copies the options set under {@code camel.component.slng.*} onto the slng component with Camel's property binding, so
 * enum names work as in endpoint URIs. A blank value counts as unset: it keeps the component's default, which lets
 * {@code api-key: ${SLNG_API_KEY:}} stand in application.yaml. Off when {@code camel.component.customizer.enabled} or
 * {@code camel.component.slng.customizer.enabled} is false, as with Camel's own starters.
 */
public class SlngComponentCustomizer implements ComponentCustomizer {

    /** The starter's own switches (enabled, customizer.enabled), which are not component options. */
    private static final Set<String> SWITCHES = Set.of("enabled", "customizer");

    private final CamelContext camelContext;
    private final SlngComponentConfiguration configuration;
    private final Environment environment;

    /**
     * @param camelContext  converts values
     * @param configuration the bound {@code camel.component.slng.*} properties
     * @param environment   where the customizer switches are read
     */
    public SlngComponentCustomizer(CamelContext camelContext, SlngComponentConfiguration configuration,
            Environment environment) {
        this.camelContext = camelContext;
        this.configuration = configuration;
        this.environment = environment;
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof SlngComponent && HierarchicalPropertiesEvaluator.evaluate(environment,
                "camel.component.customizer", "camel.component.slng.customizer");
    }

    @Override
    public void configure(String name, Component target) {
        Map<String, Object> options = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
        options.keySet().removeAll(SWITCHES);
        options.values().removeIf(value -> value instanceof String text && text.isBlank());
        CamelPropertiesHelper.setCamelProperties(camelContext, target, options, true);
    }
}
