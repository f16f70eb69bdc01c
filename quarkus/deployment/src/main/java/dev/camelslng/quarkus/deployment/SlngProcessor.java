package dev.camelslng.quarkus.deployment;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.FeatureBuildItem;

/**
 * The extension's feature. Nothing else is needed in JVM mode: Camel Quarkus finds the component, its generated
 * configurers, URI factory and type-converter loader through their {@code META-INF/services/org/apache/camel} files (the
 * component jar carries a Jandex index, so it is an application archive), and Camel autowires the component's
 * {@code vertx} option with the one {@code Vertx} bean, the instance Quarkus manages (quarkus-vertx, a runtime dependency).
 */
class SlngProcessor {

    private static final String FEATURE = "camel-slng";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }
}
