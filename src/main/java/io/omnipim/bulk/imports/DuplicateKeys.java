package io.omnipim.bulk.imports;

import java.nio.charset.StandardCharsets;

/**
 * Remembers on which line each key (identifier or code) of a file was seen, to warn when a later row repeats it.
 * A million keys would cost ~100 MB as a {@code HashMap<String, Long>}; here they cost 16 bytes each: a 64-bit
 * hash of the key (collisions are negligible at these sizes, and a collision only costs a wrong warning) mapped to
 * the line in open-addressing arrays.
 */
final class DuplicateKeys {

    private long[] keys = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;

    /** Records {@code key} at {@code line}; returns the line it was seen on before, or 0. */
    long put(String key, long line) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long hash = hash(key);
        int slot = slot(hash, keys.length);
        while (lines[slot] != 0) {
            if (keys[slot] == hash) {
                long previous = lines[slot];
                lines[slot] = line;
                return previous;
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = hash;
        lines[slot] = line;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldLines[i] != 0) {
                int slot = slot(oldKeys[i], keys.length);
                while (lines[slot] != 0) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    private static int slot(long hash, int capacity) {
        return (int) (hash ^ (hash >>> 32)) & (capacity - 1);
    }

    /** FNV-1a over UTF-8 then a 64-bit finalizer (murmur3 fmix64): cheap and well spread. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    int size() {
        return size;
    }
}
