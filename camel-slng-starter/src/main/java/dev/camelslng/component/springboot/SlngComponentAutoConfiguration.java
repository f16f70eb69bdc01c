package dev.camelslng.component.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Spring Boot auto-configuration of the slng component: the {@code camel.component.slng.*} properties reach the component
 * through a {@link ComponentCustomizer}, as with Camel's own starters, and the secret options are masked in actuator
 * endpoints. {@code camel.component.slng.enabled=false} turns it off; {@code camel.component.slng.customizer.enabled=false}
 * keeps it but leaves the component's options alone.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, SlngComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, SlngComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.slng" })
public class SlngComponentAutoConfiguration {

    /**
     * Applies every option that is set (not null, not blank) to the slng component when Camel creates it.
     */
    @Bean
    public ComponentCustomizer configureSlngComponent(CamelContext camelContext, SlngComponentConfiguration configuration,
            Environment environment) {
        return new SlngComponentCustomizer(camelContext, configuration, environment);
    }

    /** Only when the application has Spring Boot Actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class ActuatorSecrets {

        @Bean
        SanitizingFunction slngSecretsSanitizer() {
            return new SlngSecretsSanitizer(SlngComponentConfiguration.SECRET_OPTIONS);
        }
    }
}
