package io.sparktune.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sparktune.dashboard.data.StudySummary;
import io.sparktune.dashboard.server.DashboardContext;
import io.sparktune.dashboard.server.Dashboards;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** Every study of the control plane, live: its phase, strategy, progress and best value; a click opens it. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("studies · sparktune")
public class StudiesView extends VerticalLayout {

    private final DashboardContext context = Dashboards.current();
    private final Grid<StudySummary> grid = new Grid<>();
    private final Span empty = new Span("No study yet: run one with sparktune run STUDY.json.");

    public StudiesView() {
        setPadding(false);
        setSizeFull();
        grid.setId("studies");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        addColumns();
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(StudyView.class,
                StudyView.parameters(event.getItem().id()))));
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(new H2("Studies"), grid, empty);
        new LiveUpdates<>(this, context.catalog(), id -> context.catalog().studies(), this::show).watch(null);
        show(context.catalog().studies());
    }

    private void addColumns() {
        ZoneId zone = context.clock().getZone();
        grid.addComponentColumn(s -> new RouterLink(s.id(), StudyView.class, StudyView.parameters(s.id())))
                .setHeader("Study").setComparator(StudySummary::id).setAutoWidth(true).setFlexGrow(2);
        grid.addComponentColumn(s -> Badges.of(s.phase())).setHeader("Phase")
                .setComparator(StudySummary::phase).setAutoWidth(true);
        grid.addColumn(StudySummary::strategy).setHeader("Strategy").setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> s.scheduler() == null ? Formats.NONE : s.scheduler()).setHeader("Scheduler")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> Formats.progress(s.done(), s.maxTrials())).setHeader("Done")
                .setComparator(StudySummary::done).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(s -> Formats.value(s.bestValue()) + (s.bestTrial() == null ? "" : "  (#" + s.bestTrial() + ")"))
                .setHeader("Best").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(s -> Formats.instant(s.startedAt(), zone)).setHeader("Started")
                .setComparator(Comparator.comparing(StudySummary::startedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addColumn(s -> Formats.duration(s.elapsed(Instant.now(context.clock())))).setHeader("Elapsed")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private void show(List<StudySummary> studies) {
        grid.setItems(studies);
        empty.setVisible(studies.isEmpty());
    }

}
