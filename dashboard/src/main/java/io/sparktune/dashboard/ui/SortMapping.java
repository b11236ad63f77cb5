package io.sparktune.dashboard.ui;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.sparktune.dashboard.data.TrialSort;
import java.util.List;

/**
 * The leaderboard's sort, from the grid to the catalog: a column's sort property is a
 * {@link TrialSort} key ({@code value}, {@code params.lr}); no sort at all is the rank.
 */
final class SortMapping {

    private SortMapping() {
    }

    /** The order the grid asks for: its first sort order, or {@link TrialSort#RANK} when it has none. */
    static TrialSort toTrialSort(List<QuerySortOrder> orders) {
        if (orders == null || orders.isEmpty()) {
            return TrialSort.RANK;
        }
        QuerySortOrder first = orders.get(0);
        try {
            return new TrialSort(first.getSorted(), first.getDirection() == SortDirection.DESCENDING);
        } catch (IllegalArgumentException e) {
            return TrialSort.RANK;
        }
    }

    /** The sort property of parameter {@code name}'s column. */
    static String parameterProperty(String name) {
        return TrialSort.PARAM_PREFIX + name;
    }
}
