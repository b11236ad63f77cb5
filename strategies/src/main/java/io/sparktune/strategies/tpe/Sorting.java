package io.sparktune.strategies.tpe;

/**
 * Stable argsorts over double keys: a least-significant-digit radix sort (8 bits a pass) of the
 * keys' order-preserving 64-bit images. Branch-free and linear, it ranks a thousand observations in
 * a few microseconds without boxing an index. Equal keys keep their original order; the order is
 * that of {@link Double#compare} (-0.0 before 0.0, NaN last).
 */
final class Sorting {

    private Sorting() {
    }

    /** Positions of {@code keys} in ascending order. */
    static int[] argsort(double[] keys) {
        return radix(sortable(keys), identity(keys.length));
    }

    /** Positions in ascending order of {@code primary}, ties broken by ascending {@code secondary}, then position. */
    static int[] argsort(double[] primary, double[] secondary) {
        return radix(sortable(primary), radix(sortable(secondary), identity(primary.length)));
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Maps doubles to longs whose unsigned order is Double.compare's order. */
    private static long[] sortable(double[] keys) {
        long[] out = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            long bits = Double.doubleToLongBits(keys[i]);
            out[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
        }
        return out;
    }

    /** Stably sorts {@code order} by {@code keys[order[i]]} as unsigned numbers. */
    private static int[] radix(long[] keys, int[] order) {
        int n = order.length;
        int[] from = order;
        int[] to = new int[n];
        int[] count = new int[257];
        for (int shift = 0; shift < 64; shift += 8) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((keys[from[i]] >>> shift) & 0xFF) + 1]++;
            }
            if (n == 0 || count[(int) ((keys[from[0]] >>> shift) & 0xFF) + 1] == n) {
                continue;
            }
            for (int d = 1; d < 257; d++) {
                count[d] += count[d - 1];
            }
            for (int i = 0; i < n; i++) {
                int digit = (int) ((keys[from[i]] >>> shift) & 0xFF);
                to[count[digit]++] = from[i];
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }
}
