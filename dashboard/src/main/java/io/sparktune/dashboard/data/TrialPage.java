package io.sparktune.dashboard.data;

import io.sparktune.trial.Trial;
import java.util.List;

/**
 * One page of a {@link TrialQuery}'s answer.
 *
 * @param trials the trials of the page, in order
 * @param total how many trials the query matched, over all pages
 */
public record TrialPage(List<Trial> trials, int total) {

    public TrialPage {
        trials = List.copyOf(trials);
    }
}
