package dev.camelslng.component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.camelslng.component.stream.session.StreamEvent;

/** The stream events a consumer makes into exchanges (its {@code events} option). */
final class EventFilter {

    /** The kinds a route can ask for, each covering one or more {@code CamelSlngStreamEvent} values. */
    enum Kind {
        AUDIO("audio", "audio_end"),
        PARTIAL("partial_transcript"),
        FINAL("final_transcript"),
        UTTERANCE_END("utterance_end"),
        ERROR("error"),
        LIFECYCLE(StreamEvent.OPENED, StreamEvent.RECONNECTING, StreamEvent.RESUMED, StreamEvent.CLOSED, StreamEvent.FAILED);

        private final Set<String> events;

        Kind(String... events) {
            this.events = Set.of(events);
        }
    }

    private final Set<String> wanted;

    private EventFilter(Set<Kind> kinds) {
        this.wanted = kinds.stream().flatMap(kind -> kind.events.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** @throws IllegalArgumentException naming what is not a kind of event */
    static EventFilter of(String events) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String name : events.split(",")) {
            String kind = name.strip().toUpperCase(Locale.ROOT);
            if (Arrays.stream(Kind.values()).noneMatch(k -> k.name().equals(kind))) {
                throw new IllegalArgumentException("events=" + events + ": '" + name.strip() + "' is not a kind of stream event;"
                                                   + " use audio, partial, final, utterance_end, error or lifecycle");
            }
            kinds.add(Kind.valueOf(kind));
        }
        return new EventFilter(kinds);
    }

    /** Whether an event with this {@code CamelSlngStreamEvent} is wanted. */
    boolean wants(Object streamEvent) {
        return wanted.contains(streamEvent);
    }
}
