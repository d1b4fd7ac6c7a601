package io.omnipim.bulk.imports;

import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Runs work in a transaction that is always rolled back: a dry run checks every rule of a write, keeps nothing. */
final class RolledBack {

    private RolledBack() {
    }

    /** Carries the result out of the transaction; throwing it is what rolls the transaction back. */
    private static final class Undo extends RuntimeException {

        private final transient Object result;

        Undo(Object result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T call(Supplier<T> work) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                throw new Undo(work.get());
            });
        } catch (Undo undo) {
            return (T) undo.result;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof Undo undo) {
                return (T) undo.result;
            }
            throw e;
        }
        throw new IllegalStateException("unreachable: the transaction always throws");
    }
}
