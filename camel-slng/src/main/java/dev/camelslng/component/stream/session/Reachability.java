package dev.camelslng.component.stream.session;

/**
 * Whether an endpoint can open sessions, from the outcome of its latest connection attempt, whichever session made it:
 * a refused key or an unreachable gateway makes it unable until a connection gets ready again. One call that fails
 * after it was ready (a bad setting of that call, a provider error) says nothing about the others.
 */
public final class Reachability {

    private volatile Throwable failure;

    void ready() {
        failure = null;
    }

    void couldNotConnect(Throwable cause) {
        failure = cause;
    }

    /** Why the latest connection attempt failed, or null when it got ready (or none was made). */
    public Throwable failure() {
        return failure;
    }
}
