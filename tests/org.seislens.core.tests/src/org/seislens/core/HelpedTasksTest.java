package org.seislens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class HelpedTasksTest {

    private final ExecutorService helpers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopHelpers() throws InterruptedException {
        helpers.shutdownNow();
        assertTrue(helpers.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void theCallerRedoesATaskAHelperIsStuckInAndTheHelpersLateResultIsRefused() throws Exception {
        CountDownLatch helperInside = new CountDownLatch(1);
        CountDownLatch letHelperGo = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        AtomicIntegerArray writes = new AtomicIntegerArray(4);
        AtomicIntegerArray redone = new AtomicIntegerArray(4);
        AtomicReference<Boolean> lateClaim = new AtomicReference<>();
        CountDownLatch helperDone = new CountDownLatch(1);
        new HelpedTasks(helpers).runRedoable(4, 1, (i, again, claim) -> {
            if (again) {
                redone.incrementAndGet(i);
            }
            if (Thread.currentThread() != caller) {
                // The helper is taken off its core in its first task until the caller has returned.
                helperInside.countDown();
                await(letHelperGo);
                lateClaim.set(Boolean.valueOf(claim.claim()));
                helperDone.countDown();
                return;
            }
            await(helperInside); // the caller's tasks start once the helper holds one
            if (claim.claim()) {
                writes.incrementAndGet(i);
            }
        });
        // Returned while the helper still holds its task: the caller wrote every result itself.
        for (int i = 0; i < 4; i++) {
            assertEquals(1, writes.get(i), "task " + i);
        }
        int stuck = -1;
        for (int i = 0; i < 4; i++) {
            if (redone.get(i) > 0) {
                assertEquals(-1, stuck, "only the helper's task is redone");
                stuck = i;
            }
        }
        assertTrue(stuck >= 0, "the helper's task was run again by the caller");
        letHelperGo.countDown();
        assertTrue(helperDone.await(10, TimeUnit.SECONDS));
        assertSame(Boolean.FALSE, lateClaim.get(), "the helper may not write after the caller has returned");
    }

    @Test
    void everyResultIsWrittenExactlyOnceAndNothingAfterTheCallReturns() throws Exception {
        HelpedTasks tasks = new HelpedTasks(helpers);
        int n = 48;
        AtomicBoolean lateWrite = new AtomicBoolean();
        for (int round = 0; round < 300; round++) {
            AtomicIntegerArray writes = new AtomicIntegerArray(n);
            AtomicBoolean returned = new AtomicBoolean();
            int spin = round % 3 == 0 ? 200_000 : 2_000; // some rounds long enough to be redone
            tasks.runRedoable(n, 2, (i, again, claim) -> {
                busy(spin);
                if (claim.claim()) {
                    if (returned.get()) {
                        lateWrite.set(true);
                    }
                    busy(1_000);
                    writes.incrementAndGet(i);
                }
            });
            returned.set(true);
            for (int i = 0; i < n; i++) {
                assertEquals(1, writes.get(i), "round " + round + ", task " + i);
            }
        }
        Thread.sleep(50); // a helper's run still going when a call returned has ended by now
        assertFalse(lateWrite.get(), "a result was written after its call had returned");
    }

    @Test
    void aFailureReachesTheCallerAndNoHelperWritesAfterwards() throws Exception {
        CountDownLatch letHelperGo = new CountDownLatch(1);
        CountDownLatch helperDone = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        AtomicReference<Boolean> lateClaim = new AtomicReference<>();
        DatasetException failure = new DatasetException(Path.of("chunk.0.0"), "damaged");
        CountDownLatch helperInside = new CountDownLatch(1);
        DatasetException thrown = assertThrows(DatasetException.class,
                () -> new HelpedTasks(helpers).runRedoable(8, 1, (i, again, claim) -> {
                    if (Thread.currentThread() != caller) {
                        helperInside.countDown();
                        await(letHelperGo);
                        lateClaim.set(Boolean.valueOf(claim.claim()));
                        helperDone.countDown();
                        return;
                    }
                    await(helperInside);
                    throw failure;
                }));
        assertSame(failure, thrown);
        letHelperGo.countDown();
        assertTrue(helperDone.await(10, TimeUnit.SECONDS));
        assertSame(Boolean.FALSE, lateClaim.get());
    }

    @Test
    void withoutHelpersTheCallerRunsEveryTaskOnceInOrder() throws Exception {
        StringBuilder order = new StringBuilder();
        new HelpedTasks(helpers).runRedoable(5, 0, (i, again, claim) -> {
            assertFalse(again);
            assertTrue(claim.claim());
            order.append(i);
        });
        assertEquals("01234", order.toString());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void busy(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
