package dev.camelslng.examples.filedrop;

import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Starts the slng endpoint just before camel-main starts the context, so that the component checks its gateway address
 * and key there. An endpoint that fails while the context starts is logged by Camel with its whole stack trace and
 * thrown again; failing here, before, the failure (an address the component refuses, say) is the example's to report
 * in one line. The route then uses the endpoint already started.
 */
final class GatewayCheck extends MainListenerSupport {

    @Override
    public void beforeStart(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        ServiceHelper.startService(context.getComponent("slng"), context.getEndpoint(TranscriptionRoutes.TRANSCRIBE));
    }
}
