package io.omnipim.testsupport;

import java.util.concurrent.atomic.AtomicLong;

/** Valid, distinct EAN-13 codes for fixtures (check digit computed). */
public final class Eans {

    private static final AtomicLong NEXT = new AtomicLong(400_000_000_000L + System.nanoTime() % 10_000_000L * 1000);

    private Eans() {
    }

    public static String next() {
        String body = String.format("%012d", NEXT.incrementAndGet());
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = body.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return body + (10 - sum % 10) % 10;
    }
}
