package io.omnipim.platform.embedded;

/** An embedded service could not start; the message is one line meant for the person who launched the server. */
public class EmbeddedStartException extends RuntimeException {

    public EmbeddedStartException(String message) {
        super(message);
    }

    public EmbeddedStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
