package io.sparktune.cli;

import io.sparktune.runner.cluster.MemorySize;
import io.sparktune.runner.cluster.SparkMaster;
import io.sparktune.spec.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters of the cluster commands' flags. A value they refuse ends the command with exit
 * code 2 and picocli's message, which names the flag: {@code Invalid value for option '--master':
 * must be spark://HOST:PORT ...}.
 */
final class ClusterFlags {

    private ClusterFlags() {
    }

    /** {@code --master}. */
    static final class Master implements ITypeConverter<SparkMaster> {

        @Override
        public SparkMaster convert(String value) {
            try {
                return SparkMaster.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --executor-memory}, {@code --driver-memory}. */
    static final class Memory implements ITypeConverter<MemorySize> {

        @Override
        public MemorySize convert(String value) {
            try {
                return MemorySize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A duration greater than zero: {@code --lease}, {@code --executor-wait}. */
    static final class PositiveDuration implements ITypeConverter<Duration> {

        @Override
        public Duration convert(String value) {
            Duration duration = Durations.parse(value).orElse(null);
            if (duration == null || duration.isZero() || duration.isNegative()) {
                throw new TypeConversionException("must be " + Durations.FORMS + ", greater than 0, got \"" + value
                        + "\"");
            }
            return duration;
        }
    }

    /** A TCP port, {@code --port}. */
    static final class Port implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            try {
                int port = Integer.parseInt(value.strip());
                if (port >= 1 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("must be a port, 1..65535, got \"" + value + "\"");
        }
    }
}
