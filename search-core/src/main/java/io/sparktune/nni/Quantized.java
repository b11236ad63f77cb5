package io.sparktune.nni;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * NNI's quantised types, {@code quniform} and {@code qloguniform} {@code [low, high, q]}: a value
 * {@code x} drawn from {@code [low, high]} (uniformly, or log-uniformly) becomes
 * {@code clip(round(x / q) * q, low, high)}. The values reached with positive probability are
 * therefore the multiples {@code m * q} whose rounding interval {@code ((m - 1/2) q, (m + 1/2) q)}
 * meets {@code (low, high)}, clipped to {@code [low, high]}. Arithmetic is decimal, so that
 * {@code 0.1} times 3 is {@code 0.3}.
 *
 * <p>The conversion keeps that set of values exactly ({@link Form}).
 *
 * @param low the lower bound, {@code <= high}
 * @param q the quantum, {@code > 0}
 * @param log whether NNI draws {@code x} log-uniformly ({@code qloguniform})
 */
record Quantized(BigDecimal low, BigDecimal high, BigDecimal q, boolean log) {

    /** The most values a quantised range may reach when it has to become a categorical. */
    static final int MAX_CHOICES = 1000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** How a quantised range is written in sparktune. */
    enum Form {
        /** {@code low == high}: the one value, as a float range of width zero. */
        POINT,
        /** {@code qloguniform} with {@code q = 1} and whole bounds: an int with log (same values and prior). */
        INT_LOG,
        /** {@code low} and {@code high} multiples of {@code q}: a float with {@code step = q} (same values). */
        FLOAT_STEP,
        /** Clipped ends off the grid, at most {@link #MAX_CHOICES} values: a categorical of them. */
        CATEGORICAL,
        /** Clipped ends off the grid and too many values: refused. */
        REFUSED
    }

    Form form() {
        if (low.compareTo(high) == 0) {
            return Form.POINT;
        }
        if (log && q.compareTo(BigDecimal.ONE) == 0 && isLong(low) && isLong(high)) {
            return Form.INT_LOG;
        }
        if (isMultiple(low, q) && isMultiple(high, q)) {
            return Form.FLOAT_STEP;
        }
        return count() <= MAX_CHOICES ? Form.CATEGORICAL : Form.REFUSED;
    }

    /** How many values are reached (for a range that is not a point); Long.MAX_VALUE when beyond counting. */
    long count() {
        try {
            return Math.addExact(Math.subtractExact(lastMultiple(), firstMultiple()), 1);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The sparktune parameter; the form must not be {@link Form#REFUSED}. */
    ObjectNode toParameter() {
        ObjectNode p = NODES.objectNode();
        switch (form()) {
            case POINT -> {
                p.put("type", "float");
                p.put("low", low.doubleValue());
                p.put("high", high.doubleValue());
            }
            case INT_LOG -> {
                p.put("type", "int");
                p.put("low", low.longValueExact());
                p.put("high", high.longValueExact());
                p.put("log", true);
            }
            case FLOAT_STEP -> {
                p.put("type", "float");
                p.put("low", low.doubleValue());
                p.put("high", high.doubleValue());
                p.put("step", q.doubleValue());
            }
            case CATEGORICAL -> {
                p.put("type", "categorical");
                ArrayNode choices = p.putArray("choices");
                for (long m = firstMultiple(); m <= lastMultiple(); m++) {
                    choices.add(q.multiply(BigDecimal.valueOf(m)).max(low).min(high).doubleValue());
                }
            }
            default -> throw new IllegalStateException("a refused range has no parameter: " + this);
        }
        return p;
    }

    /** Why the range is refused, for a problem message. */
    String refusal() {
        return "reaches " + (count() == Long.MAX_VALUE ? "too many" : String.valueOf(count())) + " values, and as"
                + " low or high is not a multiple of q (NNI clips the ends), only a categorical can hold them"
                + " exactly, which takes at most " + MAX_CHOICES + "; make low and high multiples of q to"
                + " convert it to a float with a step";
    }

    /** The smallest m with (m + 1/2) q > low. */
    long firstMultiple() {
        BigDecimal bound = low.divide(q, MathContext.DECIMAL128).subtract(HALF);
        return bound.setScale(0, RoundingMode.FLOOR).longValueExact() + 1;
    }

    /** The largest m with (m - 1/2) q < high. */
    long lastMultiple() {
        BigDecimal bound = high.divide(q, MathContext.DECIMAL128).add(HALF);
        return bound.setScale(0, RoundingMode.CEILING).longValueExact() - 1;
    }

    static boolean isMultiple(BigDecimal x, BigDecimal q) {
        try {
            return x.remainder(q, MathContext.DECIMAL128).compareTo(BigDecimal.ZERO) == 0;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static boolean isLong(BigDecimal x) {
        return x.stripTrailingZeros().scale() <= 0 && x.toBigInteger().bitLength() < 63;
    }
}
