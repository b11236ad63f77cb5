package io.sparktune.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sparktune.dashboard.data.StudySnapshot;
import io.sparktune.dashboard.server.DashboardContext;
import io.sparktune.dashboard.server.Dashboards;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * One study, live: its summary, its actions, the leaderboard on the left and the charts on the
 * right (one column on narrow screens). Each change of the study brings one fresh snapshot, which
 * updates the summary, refreshes the leaderboard's rows and redraws the charts.
 */
@Route(value = "studies/:id", layout = MainLayout.class)
public class StudyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardContext context = Dashboards.current();
    private final LiveUpdates<Optional<StudySnapshot>> updates;
    private String id;
    private H2 title;
    private Span phase;
    private Span summary;
    private StudyActions actions;
    private Leaderboard leaderboard;
    private StudyCharts charts;

    public StudyView() {
        setPadding(false);
        updates = new LiveUpdates<>(this, context.catalog(), context.catalog()::snapshot, this::show);
    }

    /** The route parameters of study {@code id}'s page. */
    static RouteParameters parameters(String id) {
        return new RouteParameters(Map.of("id", id));
    }

    /**
     * The study id in {@code parameters}: the router hands it over as it is in the URL, so an id with a
     * space ({@code browser%20study}) is decoded here ({@code +} stays a plus, as in a path).
     */
    static String idOf(RouteParameters parameters) {
        String raw = parameters.get("id").orElse("");
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = idOf(event.getRouteParameters());
        if (!wanted.equals(id) || leaderboard == null) {
            id = wanted;
            removeAll();
            leaderboard = null;
            show(context.catalog().snapshot(id));
        }
        updates.watch(id);
    }

    @Override
    public String getPageTitle() {
        return id + " · sparktune";
    }

    private void show(Optional<StudySnapshot> fresh) {
        if (fresh.isEmpty()) {
            removeAll();
            leaderboard = null;
            add(MainLayout.notice("There is no study named \"" + id + "\"."));
            return;
        }
        StudySnapshot snapshot = fresh.get();
        if (leaderboard == null) {
            build(snapshot);
        }
        summary.setText(StudySummaryLine.of(snapshot.summary()));
        phase.removeAll();
        phase.add(Badges.of(snapshot.summary().phase()));
        actions.show(snapshot);
        leaderboard.show(snapshot);
        charts.show(snapshot);
    }

    private void build(StudySnapshot snapshot) {
        removeAll();
        title = new H2(snapshot.id());
        title.setId("study-title");
        title.addClassNames(LumoUtility.Margin.NONE);
        phase = new Span();
        HorizontalLayout named = new HorizontalLayout(title, phase);
        named.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        summary = new Span();
        summary.setId("study-summary");
        summary.addClassNames(LumoUtility.TextColor.SECONDARY);
        actions = new StudyActions(context.catalog(), snapshot);
        HorizontalLayout head = new HorizontalLayout(new VerticalLayout(named, summary), actions);
        head.setWidthFull();
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        head.setFlexGrow(1, head.getComponentAt(0));
        ((VerticalLayout) head.getComponentAt(0)).setPadding(false);
        ((VerticalLayout) head.getComponentAt(0)).setSpacing(false);
        leaderboard = new Leaderboard(snapshot, context.clock(), this::openTrial);
        charts = new StudyCharts();
        Div columns = new Div(leaderboard, charts);
        columns.addClassName("dash-columns");
        columns.setWidthFull();
        add(head, columns);
    }

    private void openTrial(int number) {
        getUI().ifPresent(ui -> ui.navigate(TrialView.class, TrialView.parameters(id, number)));
    }
}
