package io.sparktune.strategies.tpe;

import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Domain;
import io.sparktune.space.FixedDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import java.util.Optional;

/**
 * One searched parameter as the Parzen estimators see it: a number on the interval
 * {@code [low, high]} of its internal scale, or a category index. As in Optuna 3.1's
 * {@code _ParzenEstimator}:
 * <ul>
 *   <li>a float is modelled on {@code [low, high]}, a log float on {@code [ln low, ln high]};</li>
 *   <li>a float with a step and an int are widened by half a step, {@code [low - q/2, high + q/2]}
 *       with {@code q = step}, and their kernels give each grid point the mass of its cell;</li>
 *   <li>a log int is modelled continuously on {@code [ln(low - 0.5), ln(high + 0.5)]};</li>
 *   <li>a categorical is the index of its choice.</li>
 * </ul>
 * A drawn number is rounded to the parameter's grid (and clamped) before it is scored, so l and g
 * are compared on values that can really be proposed.
 *
 * @param index the position of this dimension among the searched parameters of the space
 * @param step q for stepped floats and ints, 0 for continuous scales and categoricals
 * @param choices the number of categories, or 0 for a number
 */
record Dimension(int index, Parameter parameter, double low, double high, double step, int choices) {

    /** The dimension of {@code p}, or empty when it has a single value (fixed, or a one-point range). */
    static Optional<Dimension> of(int index, Parameter p) {
        Domain domain = p.domain();
        if (domain instanceof FloatDomain f) {
            if (f.low() == f.high()) {
                return Optional.empty();
            }
            if (f.log()) {
                return Optional.of(new Dimension(index, p, Math.log(f.low()), Math.log(f.high()), 0, 0));
            }
            double q = f.step() == null ? 0 : f.step();
            return Optional.of(new Dimension(index, p, f.low() - q / 2, f.high() + q / 2, q, 0));
        }
        if (domain instanceof IntDomain i) {
            if (i.size() == 1) {
                return Optional.empty();
            }
            if (i.log()) {
                return Optional.of(new Dimension(index, p, Math.log(i.low() - 0.5), Math.log(i.high() + 0.5), 0, 0));
            }
            return Optional.of(new Dimension(index, p, i.low() - i.step() / 2.0, i.high() + i.step() / 2.0,
                    i.step(), 0));
        }
        if (domain instanceof CategoricalDomain c) {
            return c.choices().size() == 1 ? Optional.empty()
                    : Optional.of(new Dimension(index, p, 0, 0, 0, c.choices().size()));
        }
        return Optional.empty();
    }

    /** The only value of a parameter that {@link #of} turned down. */
    static Object singleValue(Domain domain) {
        if (domain instanceof FloatDomain f) {
            return f.low();
        }
        if (domain instanceof IntDomain i) {
            return i.low();
        }
        if (domain instanceof CategoricalDomain c) {
            return c.choices().get(0);
        }
        return ((FixedDomain) domain).value();
    }

    boolean isCategorical() {
        return choices > 0;
    }

    String name() {
        return parameter.name();
    }

    /** The internal value of a trial's {@code value} for this parameter; NaN when absent or outside the domain. */
    double internal(Object value) {
        Domain domain = parameter.domain();
        if (domain instanceof CategoricalDomain c) {
            int k = value == null ? -1 : c.indexOf(value);
            return k < 0 ? Double.NaN : k;
        }
        if (!(value instanceof Number number)) {
            return Double.NaN;
        }
        double x = number.doubleValue();
        if (domain instanceof FloatDomain f) {
            if (!(x >= f.low() && x <= f.high())) {
                return Double.NaN;
            }
            return f.log() ? Math.log(x) : x;
        }
        IntDomain i = (IntDomain) domain;
        if (!(x >= i.low() && x <= i.high())) {
            return Double.NaN;
        }
        return i.log() ? Math.log(x) : x;
    }

    /** A drawn internal value, rounded to what the parameter can hold, still on the internal scale. */
    double snap(double x) {
        Domain domain = parameter.domain();
        if (domain instanceof FloatDomain f) {
            return f.log() ? Math.log(f.snap(Math.exp(x))) : f.snap(x);
        }
        if (domain instanceof IntDomain i) {
            return i.log() ? Math.log(i.snap(Math.exp(x))) : i.snap(x);
        }
        return x;
    }

    /** The parameter value of a snapped internal value: a Double, a Long or one of the choices. */
    Object external(double x) {
        Domain domain = parameter.domain();
        if (domain instanceof FloatDomain f) {
            return f.snap(f.log() ? Math.exp(x) : x);
        }
        if (domain instanceof IntDomain i) {
            return i.snap(i.log() ? Math.exp(x) : x);
        }
        return ((CategoricalDomain) domain).choices().get((int) x);
    }
}
