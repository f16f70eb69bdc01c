package dev.camelslng.sandbox.stream;

/**
 * The part of a {@link StreamSessionRecord} both bridges write alike: the {@code init} message, keepalives, pings and
 * how the connection ended. Thread-safe: written on the event loop, read by tests.
 */
final class ConnectionRecord {

    private String initJson;
    private int keepalives;
    private int pings;
    private boolean open = true;
    private Integer closeCode;
    private boolean dropped;

    synchronized String initJson() {
        return initJson;
    }

    synchronized int keepalives() {
        return keepalives;
    }

    synchronized int pings() {
        return pings;
    }

    synchronized boolean open() {
        return open;
    }

    synchronized Integer closeCode() {
        return closeCode;
    }

    synchronized boolean dropped() {
        return dropped;
    }

    synchronized void init(String json) {
        this.initJson = json;
    }

    synchronized void keepalive() {
        keepalives++;
    }

    synchronized void ping() {
        pings++;
    }

    synchronized void closing(int code) {
        if (closeCode == null) {
            closeCode = code;
        }
    }

    synchronized void dropping() {
        dropped = true;
    }

    synchronized void ended(Short remoteCloseCode) {
        open = false;
        if (closeCode == null && remoteCloseCode != null && !dropped) {
            closeCode = (int) remoteCloseCode;
        }
    }

    @Override
    public synchronized String toString() {
        return "open=" + open + ", closeCode=" + closeCode + ", dropped=" + dropped;
    }
}
