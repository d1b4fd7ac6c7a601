package io.omnipim.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Remembers valid access tokens for a few seconds, so a burst of API calls costs one database lookup instead of
 * one per call. Revocations on this node clear it at once; on other nodes they take effect within {@link #TTL_MS}.
 */
@ApplicationScoped
public class RecentTokens {

    static final long TTL_MS = 5_000;
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(TokenPrincipal principal, long until) {
    }

    public TokenPrincipal get(String tokenHash) {
        Entry e = entries.get(tokenHash);
        if (e == null) {
            return null;
        }
        if (e.until() < System.currentTimeMillis()) {
            entries.remove(tokenHash);
            return null;
        }
        return e.principal();
    }

    public void put(String tokenHash, TokenPrincipal principal) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(tokenHash, new Entry(principal, System.currentTimeMillis() + TTL_MS));
    }

    public void clear() {
        entries.clear();
    }
}
