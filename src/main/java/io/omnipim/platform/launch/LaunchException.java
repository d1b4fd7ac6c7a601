package io.omnipim.platform.launch;

/** The server cannot start; the message is one line that says what to fix. */
public class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }

    /** The innermost cause's message: the part of a chain of exceptions a person can act on. */
    static String oneLine(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
