package dev.camelslng.component.stream.session;

/** Receives a session's events, one at a time and in order, on a worker thread: a consumer. */
public interface StreamListener {

    /**
     * Handles one event of a session.
     *
     * @param session the session it came from
     * @param event   the event
     */
    void onEvent(StreamSession session, StreamEvent event);
}
