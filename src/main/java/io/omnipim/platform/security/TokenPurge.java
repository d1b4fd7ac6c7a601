package io.omnipim.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Deletes tokens that expired more than a day ago. */
@ApplicationScoped
public class TokenPurge {

    private final TokenService tokens;

    public TokenPurge(TokenService tokens) {
        this.tokens = tokens;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, executeWith = Scheduled.SIMPLE)
    void purge() {
        tokens.purgeExpired();
    }
}
