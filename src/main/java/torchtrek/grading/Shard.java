package torchtrek.grading;

import java.util.List;

/**
 * Part {@code index} (1-based) of {@code count}: the students whose position in the sorted list
 * is {@code index - 1} modulo {@code count}. Every machine of a job array lists the same folder, so
 * the parts never overlap and together cover everyone.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, not " + index + "/" + count);
        }
    }

    /** Parses {@code I/N}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) throw new IllegalArgumentException("a shard is written I/N (like 2/8), not " + text);
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a shard is written I/N (like 2/8), not " + text, e);
        }
    }

    public <T> List<T> select(List<T> sorted) {
        if (count == 1) return sorted;
        java.util.ArrayList<T> mine = new java.util.ArrayList<>();
        for (int i = index - 1; i < sorted.size(); i += count) mine.add(sorted.get(i));
        return mine;
    }

    @Override
    public String toString() { return index + "/" + count; }
}
