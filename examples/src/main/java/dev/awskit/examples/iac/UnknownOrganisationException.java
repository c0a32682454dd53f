package dev.awskit.examples.iac;

import dev.awskit.core.AwsKitException;

/** The organisation has no repositories to list (GitHub answers 404). */
public final class UnknownOrganisationException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param organisation the organisation asked for
     */
    public UnknownOrganisationException(String organisation) {
        super("no such organisation: '" + organisation + "'");
    }
}
