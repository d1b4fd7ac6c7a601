package io.omnipim.syndication.amazon;

import io.omnipim.platform.errors.PimException;

/**
 * Amazon refused or could not complete a step of the delivery. The message says which step, Amazon's own reason, and
 * what to check; it never contains a secret. Rendered as 502 (the failing system is Amazon, not the caller).
 */
public class SpApiException extends PimException {

    public SpApiException(String message) {
        super(502, message);
    }

    public SpApiException(String message, Throwable cause) {
        super(502, message);
        initCause(cause);
    }
}
