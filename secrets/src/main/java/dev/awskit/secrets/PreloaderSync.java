package dev.awskit.secrets;

import dev.awskit.core.Futures;

/** The blocking view of a {@link Preloader} ({@link Preloader#sync()}): waits for the report. Thread-safe. */
public final class PreloaderSync {
    private final Preloader preloader;

    PreloaderSync(Preloader preloader) {
        this.preloader = preloader;
    }

    /**
     * Loads everything; see {@link Preloader#into(SecretCache, ParameterCache)}.
     *
     * @param secrets where secrets load
     * @param parameters where parameters and paths load
     * @return the report
     */
    public PreloadReport into(SecretCache secrets, ParameterCache parameters) {
        return Futures.join(preloader.into(secrets, parameters));
    }

    /**
     * Loads into a secret cache; see {@link Preloader#into(SecretCache)}.
     *
     * @param secrets where secrets load
     * @return the report
     */
    public PreloadReport into(SecretCache secrets) {
        return Futures.join(preloader.into(secrets));
    }

    /**
     * Loads into a parameter cache; see {@link Preloader#into(ParameterCache)}.
     *
     * @param parameters where parameters and paths load
     * @return the report
     */
    public PreloadReport into(ParameterCache parameters) {
        return Futures.join(preloader.into(parameters));
    }
}
