package io.sparktune.dashboard.ui;

import com.vaadin.flow.component.html.Span;
import io.sparktune.dashboard.data.StudyPhase;
import io.sparktune.trial.TrialState;

/** Lumo badges for trial states and study phases: the colour says at a glance how it went. */
final class Badges {

    private Badges() {
    }

    /** The Lumo theme of a trial state's badge: {@code badge success} for completed. */
    static String theme(TrialState state) {
        return switch (state) {
            case RUNNING -> "badge";
            case COMPLETED -> "badge success";
            case PRUNED -> "badge contrast";
            case FAILED -> "badge error";
            case STALE -> "badge error primary";
            case WAITING -> "badge contrast primary";
        };
    }

    /** The Lumo theme of a study phase's badge. */
    static String theme(StudyPhase phase) {
        return switch (phase) {
            case RUNNING -> "badge";
            case STOPPING -> "badge contrast primary";
            case ENDED -> "badge success";
            case IDLE -> "badge contrast";
        };
    }

    static Span of(TrialState state) {
        return badge(state.jsonName(), theme(state));
    }

    static Span of(StudyPhase phase) {
        return badge(phase.jsonName(), theme(phase));
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
