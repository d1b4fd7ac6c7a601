package io.omnipim.bulk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Each share's parts are written in order on its own lane, lanes do not wait for each other, a failure stops all. */
class WriterLanesTest {

    @Test
    void aLaneGoesOnWhileAnotherIsStillWriting() throws InterruptedException {
        List<String> written = new CopyOnWriteArrayList<>();
        CountDownLatch slowCommit = new CountDownLatch(1);
        CountDownLatch fastDone = new CountDownLatch(2);
        try (WriterLanes lanes = new WriterLanes("test", 2)) {
            lanes.submit(1, () -> {
                await(slowCommit);
                written.add("share 1, lines 2-500");
            });
            lanes.submit(0, () -> {
                written.add("share 0, lines 2-500");
                fastDone.countDown();
            });
            lanes.submit(0, () -> {
                written.add("share 0, lines 501-1000");
                fastDone.countDown();
            });
            assertThat(fastDone.await(10, TimeUnit.SECONDS)).as("share 0 wrote its next batch meanwhile").isTrue();
            slowCommit.countDown();
            lanes.finish();
        }
        assertThat(written).containsExactly("share 0, lines 2-500", "share 0, lines 501-1000",
                "share 1, lines 2-500");
    }

    @Test
    void aFailedBatchSkipsWhatIsQueuedAndIsRethrown() {
        List<String> written = new CopyOnWriteArrayList<>();
        CountDownLatch failing = new CountDownLatch(1);
        try (WriterLanes lanes = new WriterLanes("test", 2)) {
            lanes.submit(0, () -> {
                await(failing);
                throw new IllegalStateException("Produit « Été » : la connexion est perdue");
            });
            lanes.submit(0, () -> written.add("share 0, next batch"));
            failing.countDown();
            assertThatThrownBy(lanes::finish).hasMessageContaining("la connexion est perdue");
            assertThatThrownBy(() -> lanes.submit(1, () -> written.add("share 1"))).as("nothing more is written")
                    .hasMessageContaining("la connexion est perdue");
        }
        assertThat(written).isEmpty();
    }

    @Test
    void oneLaneWritesOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        try (WriterLanes lanes = new WriterLanes("test", 1)) {
            lanes.submit(0, () -> threads.add(Thread.currentThread()));
            lanes.finish();
        }
        assertThat(threads).containsExactly(caller);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
