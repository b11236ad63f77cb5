package io.sparktune.spec;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Components of one kind (samplers, schedulers, trainers) found through {@link ServiceLoader} and
 * known by their JSON names. A new component is one class and one line in
 * {@code META-INF/services}.
 *
 * @param <F> the factory type registered as a service
 */
public final class Registry<F> {

    private final String kind;
    private final Map<String, F> byName;

    private Registry(String kind, Map<String, F> byName) {
        this.kind = kind;
        this.byName = byName;
    }

    /** Loads every registered {@code factoryType} with the class loader of the current thread. */
    public static <F> Registry<F> load(String kind, Class<F> factoryType, Function<F, String> nameOf) {
        Map<String, F> found = new TreeMap<>();
        for (F factory : ServiceLoader.load(factoryType, Registry.class.getClassLoader())) {
            F previous = found.put(nameOf.apply(factory), factory);
            if (previous != null && previous.getClass() != factory.getClass()) {
                throw new IllegalStateException("two different " + kind + " implementations are registered under the name \""
                        + nameOf.apply(factory) + "\"");
            }
        }
        return new Registry<>(kind, found);
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public Optional<F> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The factory named {@code name}, or a problem at {@code path} listing the known names. */
    public Optional<F> find(String name, String path, Problems problems) {
        F factory = byName.get(name);
        if (factory == null) {
            problems.add(path, "unknown " + kind + " \"" + name + "\"" + Suggestions.didYouMean(name, names())
                    + " (known: " + String.join(", ", names()) + ")");
        }
        return Optional.ofNullable(factory);
    }

    /** Builds the component {@code spec} names, or throws a {@link SpecException} with every problem. */
    public <C> C create(ComponentSpec spec, String typePath, java.util.function.BiFunction<F, Options, C> build) {
        Problems problems = new Problems();
        Optional<F> factory = find(spec.type(), typePath, problems);
        problems.throwIfAny();
        Options options = spec.options(problems);
        C component = build.apply(factory.orElseThrow(), options);
        options.rejectUnknown();
        problems.throwIfAny();
        return component;
    }
}
