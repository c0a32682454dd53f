package dev.awskit.testkit.internal;

import dev.awskit.core.AwsKitException;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;

/** The few plain HTTP calls made to moto's own API: a readiness probe and the state reset. */
public final class MotoHttp {
    private static final int TIMEOUT_MILLIS = 2_000;
    private static final int RESET_TIMEOUT_MILLIS = 30_000;

    private MotoHttp() {
    }

    /**
     * Tells whether moto answers at {@code endpoint}.
     *
     * @param endpoint moto's base URL
     * @return {@code true} when {@code GET /moto-api/} answers 200
     */
    public static boolean answers(URI endpoint) {
        try {
            return call(endpoint.resolve("/moto-api/"), "GET", TIMEOUT_MILLIS) == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Clears all of moto's state ({@code POST /moto-api/reset}).
     *
     * @param endpoint moto's base URL
     * @throws AwsKitException if moto does not answer 200
     */
    public static void reset(URI endpoint) {
        int status;
        try {
            status = call(endpoint.resolve("/moto-api/reset"), "POST", RESET_TIMEOUT_MILLIS);
        } catch (IOException e) {
            throw new AwsKitException("moto reset failed at " + endpoint + ": " + e.getMessage(), e);
        }
        if (status != 200) {
            throw new AwsKitException("moto reset failed at " + endpoint + ": HTTP " + status);
        }
    }

    private static int call(URI uri, String method, int timeoutMillis) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try {
            connection.setRequestMethod(method);
            connection.setConnectTimeout(timeoutMillis);
            connection.setReadTimeout(timeoutMillis);
            if ("POST".equals(method)) {
                connection.setDoOutput(true);
                connection.getOutputStream().close();
            }
            int status = connection.getResponseCode();
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            if (body != null) {
                body.readAllBytes();
                body.close();
            }
            return status;
        } finally {
            connection.disconnect();
        }
    }
}
