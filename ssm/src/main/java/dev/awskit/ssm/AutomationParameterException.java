package dev.awskit.ssm;

/**
 * A parameter token or JSON document that cannot be turned into automation parameters. The message names
 * the bad token (or, when the token holds a value, its position only, so a secret value typed on a command
 * line never reaches a log).
 */
public class AutomationParameterException extends AwsKitSsmException {
    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the token
     * @param position the token's position from 1, or 0 when the input was a JSON document
     */
    public AutomationParameterException(String message, int position) {
        super(message);
        this.position = position;
    }

    /**
     * Returns the bad token's position among the tokens given, from 1; 0 for JSON input.
     *
     * @return the position
     */
    public int position() {
        return position;
    }
}
