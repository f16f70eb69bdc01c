package dev.camelslng.examples.voice;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when neither an API key nor a gateway address is given: not as SLNG_API_KEY or SLNG_BASE_URL, not as
 * {@code camel.component.slng.api-key} or {@code camel.component.slng.base-url} in any other property source.
 */
public class NoGatewayConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        return blank(environment, "SLNG_API_KEY") && blank(environment, "SLNG_BASE_URL")
               && blank(environment, "camel.component.slng.api-key") && blank(environment, "camel.component.slng.base-url");
    }

    private static boolean blank(Environment environment, String name) {
        String value = environment.getProperty(name);
        return value == null || value.isBlank();
    }
}
