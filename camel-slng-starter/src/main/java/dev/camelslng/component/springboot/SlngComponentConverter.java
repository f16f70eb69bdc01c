package dev.camelslng.component.springboot;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds the bean-typed {@code camel.component.slng.*} options (their types: {@code SlngComponentConfiguration.BEAN_TYPES},
 * such as executor-service, vertx, ssl-context-parameters) from a reference to a Spring bean, {@code #bean:name} or
 * {@code #name}, as the converters of Camel's own starters do. Anything else is not a reference and binds to nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
public class SlngComponentConverter implements GenericConverter {

    private static final String BEAN_PREFIX = "#bean:";

    private final ApplicationContext applicationContext;

    /**
     * @param applicationContext where the referenced beans are looked up
     */
    public SlngComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return SlngComponentConfiguration.BEAN_TYPES.stream().map(type -> new ConvertiblePair(String.class, type))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        String reference = source == null ? "" : source.toString();
        if (!reference.startsWith("#")) {
            return null;
        }
        String name = reference.startsWith(BEAN_PREFIX) ? reference.substring(BEAN_PREFIX.length()) : reference.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
