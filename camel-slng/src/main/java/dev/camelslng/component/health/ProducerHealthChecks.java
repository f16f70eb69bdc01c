package dev.camelslng.component.health;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A producer's health check in Camel's producers repository, registered as camel-kafka does; users see it with
 * {@code camel.health.producersEnabled=true}.
 */
public final class ProducerHealthChecks {

    private final WritableHealthCheckRepository repository;
    private final AbstractHealthCheck check;

    private ProducerHealthChecks(WritableHealthCheckRepository repository, AbstractHealthCheck check) {
        this.repository = repository;
        this.check = check;
    }

    /**
     * Registers {@code check}.
     *
     * @return the registration to remove when the producer stops, or null when the context has no producers repository
     */
    public static ProducerHealthChecks register(CamelContext context, AbstractHealthCheck check, boolean enabled) {
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class);
        if (repository == null) {
            return null;
        }
        check.setEnabled(enabled);
        repository.addHealthCheck(check);
        return new ProducerHealthChecks(repository, check);
    }

    /** Takes the check out of the repository. */
    public void remove() {
        repository.removeHealthCheck(check);
    }
}
