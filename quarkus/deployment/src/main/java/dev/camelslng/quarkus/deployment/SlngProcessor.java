package dev.camelslng.quarkus.deployment;

import dev.camelslng.component.SlngComponent;
import dev.camelslng.quarkus.SlngRecorder;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.vertx.deployment.VertxBuildItem;
import org.apache.camel.quarkus.core.deployment.spi.CamelRuntimeBeanBuildItem;

/**
 * The extension's build steps for JVM and native mode alike. Camel Quarkus itself finds the component, its generated
 * configurers, URI factory and type-converter loader through their {@code META-INF/services/org/apache/camel} files
 * (the component jar carries a Jandex index, so it is an application archive).
 */
class SlngProcessor {

    private static final String FEATURE = "camel-slng";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** Binds the component under its scheme, so Camel takes it from the registry rather than making its own. */
    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    CamelRuntimeBeanBuildItem componentOnQuarkusVertx(VertxBuildItem vertx, SlngRecorder recorder) {
        return new CamelRuntimeBeanBuildItem("slng", SlngComponent.class.getName(), recorder.createComponent(vertx.getVertx()));
    }
}
