package dev.camelslng.component.springboot;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.camelslng.component.SlngComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switches every Camel starter has, and bean references: {@code enabled=false} leaves the component unconfigured
 * (no customizer at all), {@code customizer.enabled=false} (its own or every component's) keeps the options off it, and
 * a bean-typed option takes {@code #bean:name}.
 */
class StarterSwitchesTest {

    private static final long TIMEOUT = 23456L;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, SlngComponentConverter.class,
                    SlngComponentAutoConfiguration.class))
            .withBean("slngPool", ExecutorService.class, Executors::newSingleThreadExecutor)
            .withPropertyValues("camel.component.slng.response-timeout=" + TIMEOUT,
                    "camel.component.slng.executor-service=#bean:slngPool");

    @Test
    void optionsAndBeanReferencesReachTheComponentByDefault() {
        runner.run(context -> {
            SlngComponent slng = context.getBean(CamelContext.class).getComponent("slng", SlngComponent.class);

            assertThat(slng.getConfiguration().getResponseTimeout()).isEqualTo(TIMEOUT);
            assertThat(slng.getExecutorService()).isSameAs(context.getBean("slngPool"));
        });
    }

    @Test
    void enabledFalseTurnsTheAutoConfigurationOff() {
        runner.withPropertyValues("camel.component.slng.enabled=false").run(context -> {
            SlngComponent slng = context.getBean(CamelContext.class).getComponent("slng", SlngComponent.class);

            assertThat(context.getBeansOfType(ComponentCustomizer.class)).isEmpty();
            assertThat(slng.getConfiguration().getResponseTimeout()).isNotEqualTo(TIMEOUT);
            assertThat(slng.getExecutorService()).isNull();
        });
    }

    @Test
    void customizerEnabledFalseKeepsTheOptionsOffTheComponent() {
        for (String off : List.of("camel.component.slng.customizer.enabled=false", "camel.component.customizer.enabled=false")) {
            runner.withPropertyValues(off).run(context -> {
                SlngComponent slng = context.getBean(CamelContext.class).getComponent("slng", SlngComponent.class);

                assertThat(context.getBeansOfType(ComponentCustomizer.class)).as(off).hasSize(1);
                assertThat(slng.getConfiguration().getResponseTimeout()).as(off).isNotEqualTo(TIMEOUT);
                assertThat(slng.getExecutorService()).as(off).isNull();
            });
        }
    }
}
