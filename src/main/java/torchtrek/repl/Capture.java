package torchtrek.repl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands objects from snippets to the code that runs them. With JShell's local engine the
 * snippets run in this JVM and see this class, so a probe snippet
 * {@code torchtrek.repl.Capture.put(7, 0, (Object) (t))} passes the object itself rather than
 * its printed form. Each run takes its own channel number.
 */
public final class Capture {
    private static final AtomicLong NEXT = new AtomicLong(1);
    private static final Map<Long, Map<Integer, Object>> CHANNELS = new ConcurrentHashMap<>();

    private Capture() {}

    /** Called from snippets only. */
    public static void put(long channel, int slot, Object value) {
        Map<Integer, Object> c = CHANNELS.get(channel);
        if (c != null) c.put(slot, value == null ? NULL : value);
    }

    static long open() {
        long id = NEXT.getAndIncrement();
        CHANNELS.put(id, new ConcurrentHashMap<>());
        return id;
    }

    /** Whether the slot was filled, and with what (null stands for Java's null). */
    static boolean has(long channel, int slot) {
        return CHANNELS.get(channel).containsKey(slot);
    }

    static Object get(long channel, int slot) {
        Object v = CHANNELS.get(channel).get(slot);
        return v == NULL ? null : v;
    }

    static void close(long channel) {
        CHANNELS.remove(channel);
    }

    private static final Object NULL = new Object();
}
