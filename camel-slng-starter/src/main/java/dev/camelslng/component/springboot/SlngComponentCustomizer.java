package dev.camelslng.component.springboot;

import java.util.Map;

import dev.camelslng.component.SlngComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;

/**
 * Copies the options set under {@code camel.component.slng.*} onto the slng component with Camel's property binding, so
 * bean references ({@code #bean:name}) and enum names work as in endpoint URIs. A blank value counts as unset: it keeps
 * the component's default, which lets {@code api-key: ${SLNG_API_KEY:}} stand in application.yaml.
 */
public class SlngComponentCustomizer implements ComponentCustomizer {

    private final CamelContext camelContext;
    private final SlngComponentConfiguration configuration;

    /**
     * @param camelContext  resolves bean references and converts values
     * @param configuration the bound {@code camel.component.slng.*} properties
     */
    public SlngComponentCustomizer(CamelContext camelContext, SlngComponentConfiguration configuration) {
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof SlngComponent;
    }

    @Override
    public void configure(String name, Component target) {
        Map<String, Object> options = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
        options.values().removeIf(value -> value instanceof String text && text.isBlank());
        CamelPropertiesHelper.setCamelProperties(camelContext, target, options, true);
    }
}
