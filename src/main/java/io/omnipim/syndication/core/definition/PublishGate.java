package io.omnipim.syndication.core.definition;

/**
 * When a run may publish: at most this share of the selected products may be invalid (0.1 = 10 %), otherwise the
 * previous copy stays on the channel and the run reports why.
 */
public record PublishGate(double maxInvalidRatio) {

    public static final PublishGate DEFAULT = new PublishGate(0.1);

    /** Whether a run with {@code invalid} invalid products out of {@code selected} may publish. */
    public boolean allows(long invalid, long selected) {
        return selected == 0 || (double) invalid / selected <= maxInvalidRatio;
    }
}
