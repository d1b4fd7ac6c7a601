package io.omnipim.syndication.amazon;

import java.time.Duration;

/** Waits between calls (back-off, polling). Tests swap in one that only records the waits. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void pause(Duration duration) throws InterruptedException;
}
