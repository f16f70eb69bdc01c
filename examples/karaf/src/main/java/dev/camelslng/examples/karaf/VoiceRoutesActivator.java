package dev.camelslng.examples.karaf;

import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Runs {@link VoiceRoutes} in a Camel context of its own while this bundle is active. camel-core-osgi's context finds the
 * {@code slng} component in the camel-slng bundle, as it finds every component that a bundle in the container provides.
 */
public final class VoiceRoutesActivator implements BundleActivator {

    private OsgiDefaultCamelContext camel;

    @Override
    public void start(BundleContext bundleContext) throws Exception {
        camel = new OsgiDefaultCamelContext(bundleContext);
        camel.getCamelContextExtension().setName("slng-voice");
        camel.addRoutes(new VoiceRoutes());
        camel.start();
    }

    @Override
    public void stop(BundleContext bundleContext) {
        if (camel != null) {
            camel.stop();
            camel = null;
        }
    }
}
