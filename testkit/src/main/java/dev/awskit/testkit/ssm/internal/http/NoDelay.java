package dev.awskit.testkit.ssm.internal.http;

/**
 * Turns on TCP_NODELAY for the JDK's HTTP server. It writes an answer's headers and body in two packets; with
 * Nagle's algorithm the body waits for the client's delayed ACK of the headers, about 40 ms per call on Linux,
 * which made every emulator call cost 50-60 ms instead of a few. The JDK reads the switch, the system property
 * {@code sun.net.httpserver.nodelay}, once, when its first server starts; it is set only when unset, so an
 * explicit {@code -Dsun.net.httpserver.nodelay=false} wins.
 */
public final class NoDelay {
    private static final String PROPERTY = "sun.net.httpserver.nodelay";

    private NoDelay() {
    }

    /** Sets the property unless it is set already. */
    public static void enable() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
