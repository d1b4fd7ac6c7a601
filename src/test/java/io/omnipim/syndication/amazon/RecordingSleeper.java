package io.omnipim.syndication.amazon;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the waits instead of sleeping, so back-off and polling are visible and tests stay fast. */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> pauses = new CopyOnWriteArrayList<>();

    @Override
    public void pause(Duration duration) {
        pauses.add(duration);
    }

    List<Duration> pauses() {
        return List.copyOf(pauses);
    }
}
