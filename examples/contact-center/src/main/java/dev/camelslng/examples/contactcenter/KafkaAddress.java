package dev.camelslng.examples.contactcenter;

import java.util.Map;

import dev.camelslng.examples.support.CannotFinishException;

/** Where the broker is, for the commands that are its clients: the variable {@value #VARIABLE}. */
final class KafkaAddress {

    static final String VARIABLE = "KAFKA_BOOTSTRAP_SERVERS";

    private KafkaAddress() {
    }

    /**
     * @param  env                   the environment
     * @return                       the bootstrap servers it names
     * @throws CannotFinishException if it names none
     */
    static String fromEnvironment(Map<String, String> env) {
        String servers = env.get(VARIABLE);
        if (servers == null || servers.isBlank()) {
            throw new CannotFinishException(VARIABLE + " is not set: set it to the broker's address, e.g. the HOST:PORT that"
                                            + " 'java -jar contact-center.jar broker' prints");
        }
        return servers.trim();
    }
}
