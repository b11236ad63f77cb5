package io.sparktune.strategies.tpe;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which dimensions multivariate TPE models jointly, from the completed and pruned trials (running
 * ones do not shape the space, as in Optuna 3.1):
 * <ul>
 *   <li>{@link #intersection}: the dimensions active in every such trial (Optuna's
 *       {@code IntersectionSearchSpace}); the others are drawn one by one;</li>
 *   <li>{@link #decomposition}: Optuna's {@code _GroupDecomposedSearchSpace}, a partition of the
 *       dimensions seen so far into groups whose members are, in every trial, all active or all
 *       inactive. Each trial's active set splits every group it cuts and adds its unseen
 *       dimensions as a new group.</li>
 * </ul>
 */
final class JointGroups {

    private JointGroups() {
    }

    /** One group: the dimensions active in every finished observation; none when there is none. */
    static List<int[]> intersection(Observations obs, int dimensions) {
        BitSet common = null;
        for (int i = 0; i < obs.size(); i++) {
            if (obs.isFinished(i)) {
                BitSet active = activeSet(obs, i, dimensions);
                if (common == null) {
                    common = active;
                } else {
                    common.and(active);
                }
            }
        }
        return common == null || common.isEmpty() ? List.of() : List.of(common.stream().toArray());
    }

    /** The groups of dimensions that are always active together, in the order they appeared. */
    static List<int[]> decomposition(Observations obs, int dimensions) {
        List<BitSet> groups = new ArrayList<>();
        for (int i = 0; i < obs.size(); i++) {
            if (!obs.isFinished(i)) {
                continue;
            }
            BitSet rest = activeSet(obs, i, dimensions);
            List<BitSet> next = new ArrayList<>(groups.size() * 2 + 1);
            for (BitSet group : groups) {
                BitSet inside = (BitSet) group.clone();
                inside.and(rest);
                BitSet outside = (BitSet) group.clone();
                outside.andNot(rest);
                addIfAny(next, inside);
                addIfAny(next, outside);
                rest.andNot(group);
            }
            addIfAny(next, rest);
            groups = next;
        }
        return groups.stream().map(g -> g.stream().toArray()).toList();
    }

    private static void addIfAny(List<BitSet> groups, BitSet group) {
        if (!group.isEmpty()) {
            groups.add(group);
        }
    }

    private static BitSet activeSet(Observations obs, int i, int dimensions) {
        BitSet active = new BitSet(dimensions);
        for (int d = 0; d < dimensions; d++) {
            if (!Double.isNaN(obs.value(d, i))) {
                active.set(d);
            }
        }
        return active;
    }
}
