package io.omnipim.syndication.google;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Feeds stream: a JVM limited to 64 MB of heap maps and writes 300,000 products as Google XML (the writers keep
 * nothing per item, so a million need no more; measured by hand: see the report of the run).
 */
class GoogleFeedMemoryTest {

    @Test
    void aLargeFeedIsWrittenInASmallHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), LargeFeed.class.getName(), "300000")).redirectErrorStream(true)
                .start();
        boolean ended = process.waitFor(240, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("items=300000");
    }
}
