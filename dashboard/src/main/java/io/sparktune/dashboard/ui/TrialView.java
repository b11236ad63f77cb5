package io.sparktune.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sparktune.dashboard.chart.LearningCurvesChart;
import io.sparktune.dashboard.data.StudySnapshot;
import io.sparktune.dashboard.server.DashboardContext;
import io.sparktune.dashboard.server.Dashboards;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One trial, live: its state and why it ended, its parameters, its reports with its learning curve
 * (against the study's top trials), and its attempts.
 */
@Route(value = "studies/:id/trials/:n", layout = MainLayout.class)
public class TrialView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardContext context = Dashboards.current();
    private final ZoneId zone = context.clock().getZone();
    private final LiveUpdates<Optional<StudySnapshot>> updates;
    private String id;
    private String n;
    /** What the page shows now (the trial and the top trials it is drawn against), or {@code null}. */
    private List<Trial> shown;

    public TrialView() {
        setPadding(false);
        updates = new LiveUpdates<>(this, context.catalog(), context.catalog()::snapshot, this::show);
    }

    /** The route parameters of trial {@code number} of study {@code id}. */
    static RouteParameters parameters(String id, int number) {
        return new RouteParameters(Map.of("id", id, "n", Integer.toString(number)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shown = null;
        id = StudyView.idOf(event.getRouteParameters());
        n = event.getRouteParameters().get("n").orElse("");
        show(context.catalog().snapshot(id));
        updates.watch(id);
    }

    @Override
    public String getPageTitle() {
        return "trial " + n + " of " + id + " · sparktune";
    }

    private void show(Optional<StudySnapshot> fresh) {
        Optional<Trial> trial = fresh.flatMap(snapshot -> number().filter(i -> i < snapshot.history().size())
                .map(snapshot.history()::trial));
        List<Trial> now = trial.isEmpty() ? null : new ArrayList<>(StudyCharts.top(fresh.get(), StudyCharts.TOP));
        if (now != null) {
            now.add(trial.get());
            if (now.equals(shown)) {
                return;
            }
        }
        shown = now;
        removeAll();
        if (fresh.isEmpty()) {
            add(MainLayout.notice("There is no study named \"" + id + "\"."));
            return;
        }
        StudySnapshot snapshot = fresh.get();
        if (trial.isEmpty()) {
            add(back(), MainLayout.notice("Study \"" + id + "\" has no trial " + n + ": its trials are numbered 0 to "
                    + (snapshot.history().size() - 1) + "."));
            return;
        }
        render(trial.get(), now.subList(0, now.size() - 1));
    }

    private Optional<Integer> number() {
        try {
            int number = Integer.parseInt(n);
            return number >= 0 ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void render(Trial trial, List<Trial> top) {
        H2 title = new H2("Trial " + trial.number());
        title.setId("trial-title");
        title.addClassNames(LumoUtility.Margin.NONE);
        HorizontalLayout head = new HorizontalLayout(title, Badges.of(trial.state()));
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Paragraph ending = new Paragraph(TrialEnding.of(trial, zone));
        ending.setId("trial-ending");
        ending.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);

        Svg curve = new Svg(LearningCurvesChart.svg(top, trial));
        Div left = new Div(card("trial-params", "Parameters", parameters(trial)),
                card("trial-times", "Times", times(trial)), card("trial-attempts-card", "Attempts", attempts(trial)));
        left.addClassName("dash-charts");
        Div right = new Div(StudyCharts.card("trial-curve", "Learning curve (red) against the top trials", curve),
                card("trial-reports-card", "Reports", reports(trial)));
        right.addClassName("dash-charts");
        Div columns = new Div(left, right);
        columns.addClassName("dash-columns");
        columns.setWidthFull();
        add(back(), head, ending, columns);
    }

    private RouterLink back() {
        RouterLink back = new RouterLink("← " + id, StudyView.class, StudyView.parameters(id));
        back.setId("back-to-study");
        return back;
    }

    private static Div card(String id, String title, Component content) {
        Div card = new Div(new H3(title), content);
        card.setId(id);
        card.addClassName("dash-card");
        return card;
    }

    private static Component parameters(Trial trial) {
        Div table = table();
        trial.params().forEach((name, value) -> row(table.getElement(), name, Formats.param(value)));
        return table;
    }

    private Component times(Trial trial) {
        Div table = table();
        row(table.getElement(), "created", Formats.instant(trial.createdAt(), zone));
        row(table.getElement(), "started", Formats.instant(trial.startedAt(), zone));
        row(table.getElement(), "ended", Formats.instant(trial.endedAt(), zone));
        row(table.getElement(), "last sign of life", Formats.instant(trial.heartbeatAt(), zone));
        row(table.getElement(), "worker", trial.worker() == null ? Formats.NONE : trial.worker());
        return table;
    }

    /** A two-column table of names and values, inside a div. */
    private static Div table() {
        Div holder = new Div();
        holder.getElement().appendChild(new Element("table"));
        holder.getElement().getChild(0).setAttribute("class", "dash-table");
        return holder;
    }

    private static void row(Element holder, String name, String value) {
        Element row = new Element("tr");
        row.appendChild(new Element("th").setText(name), new Element("td").setText(value));
        holder.getChild(0).appendChild(row);
    }

    private static Grid<Report> reports(Trial trial) {
        Grid<Report> grid = new Grid<>();
        grid.setId("trial-reports");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Report::step).setHeader("Step").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.value(r.value())).setHeader("Value").setTextAlign(ColumnTextAlign.END);
        grid.setItems(trial.reports());
        if (trial.reports().size() <= 12) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("360px");
        }
        return grid;
    }

    private Grid<AttemptRow> attempts(Trial trial) {
        Grid<AttemptRow> grid = new Grid<>();
        grid.setId("trial-attempts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(a -> a.index() + (a.current() ? " (current)" : "")).setHeader("Attempt").setAutoWidth(true);
        grid.addComponentColumn(a -> Badges.of(a.state())).setHeader("State").setAutoWidth(true);
        grid.addColumn(a -> Formats.value(a.value())).setHeader("Value").setAutoWidth(true);
        grid.addColumn(AttemptRow::reports).setHeader("Reports").setAutoWidth(true);
        grid.addColumn(a -> Formats.instant(a.startedAt(), zone)).setHeader("Started").setAutoWidth(true);
        grid.addColumn(a -> Formats.instant(a.endedAt(), zone)).setHeader("Ended").setAutoWidth(true);
        grid.addColumn(a -> a.reason() == null ? "" : a.reason()).setHeader("Reason").setAutoWidth(true)
                .setTooltipGenerator(a -> a.reason() == null ? "" : a.reason());
        grid.setItems(AttemptRow.of(trial));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
