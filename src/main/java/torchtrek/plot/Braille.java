package torchtrek.plot;

/**
 * A canvas of Unicode braille characters: each character is 2 dots wide and 4 dots tall, so a
 * terminal line gets four times the vertical resolution of text.
 */
final class Braille {
    /** The bit of each dot in a braille cell, by [row][column] (Unicode's dot numbering). */
    private static final int[][] BITS = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};
    private final int columns;
    private final int rows;
    private final int[][] cells;

    /** A canvas {@code columns} characters wide and {@code rows} lines tall. */
    Braille(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        this.cells = new int[rows][columns];
    }

    int dotsWide() { return columns * 2; }

    int dotsHigh() { return rows * 4; }

    /** Sets the dot at ({@code x}, {@code y}), y counted from the top; dots off the canvas are ignored. */
    void set(int x, int y) {
        if (x < 0 || y < 0 || x >= dotsWide() || y >= dotsHigh()) return;
        cells[y / 4][x / 2] |= BITS[y % 4][x % 2];
    }

    /** A straight line of dots; {@code dashed} leaves gaps so two lines can be told apart. */
    void line(int x0, int y0, int x1, int y1, boolean dashed) {
        int steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
        for (int i = 0; i <= steps; i++) {
            if (dashed && (i / 2) % 2 == 1) continue;
            double t = steps == 0 ? 0 : (double) i / steps;
            set((int) Math.round(x0 + t * (x1 - x0)), (int) Math.round(y0 + t * (y1 - y0)));
        }
    }

    /** Line {@code r} of the canvas as text. */
    String row(int r) {
        StringBuilder sb = new StringBuilder(columns);
        for (int c = 0; c < columns; c++) sb.append((char) (0x2800 + cells[r][c]));
        return sb.toString();
    }

    int rows() { return rows; }
}
