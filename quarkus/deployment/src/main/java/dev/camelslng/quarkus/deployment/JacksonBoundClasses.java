package dev.camelslng.quarkus.deployment;

import java.util.Set;
import java.util.TreeSet;

import dev.camelslng.component.protocol.BatchTranscription;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * The component's classes that Jackson reads or writes by reflection: those of its protocol packages that carry a Jackson
 * annotation (on the class or a member), with their superclasses there, and {@link BatchTranscription}, the body of
 * {@code outputType=response} on batch-stt, which a route may marshal to JSON. The rest of the wire format is read as
 * trees and needs no hints.
 */
final class JacksonBoundClasses {

    private static final String PROTOCOL_PACKAGE = "dev.camelslng.component.protocol";
    private static final String JACKSON_ANNOTATIONS = "com.fasterxml.jackson.";

    private JacksonBoundClasses() {
    }

    static Set<String> in(IndexView index) {
        Set<String> bound = new TreeSet<>();
        bound.add(BatchTranscription.class.getName());
        for (ClassInfo type : index.getKnownClasses()) {
            if (inProtocol(type.name()) && annotatedForJackson(type)) {
                for (ClassInfo c = type; c != null && inProtocol(c.name()); c = index.getClassByName(c.superName())) {
                    bound.add(c.name().toString());
                }
            }
        }
        return bound;
    }

    private static boolean inProtocol(DotName name) {
        return name.toString().startsWith(PROTOCOL_PACKAGE + ".");
    }

    private static boolean annotatedForJackson(ClassInfo type) {
        return type.annotations().stream().anyMatch(a -> a.name().toString().startsWith(JACKSON_ANNOTATIONS));
    }
}
