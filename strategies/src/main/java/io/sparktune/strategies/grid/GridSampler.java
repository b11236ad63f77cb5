package io.sparktune.strategies.grid;

import io.sparktune.sampler.Sampler;
import io.sparktune.space.SearchSpace;
import io.sparktune.trial.History;
import java.util.BitSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/**
 * Proposes the first combination of the grid (see {@link Grid} for its order) that no trial of the
 * history holds, whatever that trial's state: running trials count, so parallel proposals never
 * repeat, and a retried trial counts once. Empty when every combination is taken, which ends the
 * study. With {@code shuffle}, a combination drawn uniformly among the free ones with the trial's
 * generator instead, as Optuna's {@code GridSampler} does.
 *
 * <p>The grid is built once per space and kept (the last space seen); a proposal then costs one
 * lookup per trial of the history and a scan of a bit set, never a walk of the grid. The grid is
 * rebuilt from the space alone, so the sampler keeps nothing that the history does not determine.
 */
final class GridSampler implements Sampler {

    /** Draws among the free combinations by rejection up to this many times, then by counting. */
    static final int REJECTION_TRIES = 32;

    private final GridPoints points;
    private final boolean shuffle;
    private final AtomicReference<Built> last = new AtomicReference<>();

    private record Built(SearchSpace space, Grid grid) {
    }

    GridSampler(GridPoints points, boolean shuffle) {
        this.points = Objects.requireNonNull(points, "points");
        this.shuffle = shuffle;
    }

    @Override
    public Optional<Map<String, Object>> propose(SearchSpace space, History history, RandomGenerator rng) {
        Grid grid = gridOf(space);
        BitSet used = grid.usedBy(history);
        int next = shuffle ? randomFree(used, grid.size(), rng) : used.nextClearBit(0);
        return next < grid.size() ? Optional.of(grid.params(next)) : Optional.empty();
    }

    /** The grid of {@code space}, built on first sight. */
    Grid gridOf(SearchSpace space) {
        Built built = last.get();
        if (built != null && built.space().equals(space)) {
            return built.grid();
        }
        Grid grid = Grid.of(space, points);
        last.set(new Built(space, grid));
        return grid;
    }

    /** A free ordinal drawn uniformly among the clear bits of {@code used} below {@code size}; size if none. */
    static int randomFree(BitSet used, int size, RandomGenerator rng) {
        int free = size - used.cardinality();
        if (free <= 0) {
            return size;
        }
        for (int tries = 0; tries < REJECTION_TRIES; tries++) {
            int candidate = rng.nextInt(size);
            if (!used.get(candidate)) {
                return candidate;
            }
        }
        int skip = rng.nextInt(free);
        int ordinal = used.nextClearBit(0);
        for (int i = 0; i < skip; i++) {
            ordinal = used.nextClearBit(ordinal + 1);
        }
        return ordinal;
    }
}
