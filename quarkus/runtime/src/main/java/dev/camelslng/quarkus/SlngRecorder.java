package dev.camelslng.quarkus;

import dev.camelslng.component.SlngComponent;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import io.vertx.core.Vertx;

/** Makes the application's slng component at runtime init, on the Vert.x instance Quarkus manages. */
@Recorder
public class SlngRecorder {

    /**
     * The component the Camel context uses for {@code slng:}; {@code camel.component.slng.*} properties still apply to it.
     * Its streams run on Quarkus's Vert.x, which Quarkus closes: the component never owns it.
     */
    public RuntimeValue<SlngComponent> createComponent(RuntimeValue<Vertx> vertx) {
        SlngComponent component = new SlngComponent();
        component.setVertx(vertx.getValue());
        return new RuntimeValue<>(component);
    }
}
