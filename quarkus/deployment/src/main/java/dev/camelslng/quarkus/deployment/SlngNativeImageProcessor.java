package dev.camelslng.quarkus.deployment;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;

/**
 * Native-image hints for what Camel Quarkus does not register by itself: the classes Jackson binds by reflection.
 * Written for native mode, which is not tested here (no GraalVM on the build machines).
 */
class SlngNativeImageProcessor {

    @BuildStep
    ReflectiveClassBuildItem jacksonBoundClasses(CombinedIndexBuildItem index) {
        return ReflectiveClassBuildItem.builder(JacksonBoundClasses.in(index.getIndex()))
                .constructors()
                .methods()
                .fields()
                .build();
    }
}
