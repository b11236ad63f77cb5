package io.sparktune.dashboard.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.sparktune.dashboard.data.StudySnapshot;
import io.sparktune.dashboard.data.TrialQuery;
import io.sparktune.dashboard.data.TrialRows;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * A study's trials as a lazy grid: the grid asks for one page at a time, and each page is filtered,
 * sorted and cut on the server from the cached snapshot ({@link TrialRows#query}), never one query
 * per row. {@link #show} swaps in a fresh snapshot and refreshes the rows the browser holds, keeping
 * the user's sort, filter and scroll position.
 */
final class Leaderboard extends VerticalLayout {

    private final Grid<Trial> grid = new Grid<>();
    private final MultiSelectComboBox<TrialState> states = new MultiSelectComboBox<>("States");
    private final GridLazyDataView<Trial> rows;
    private final List<Grid.Column<Trial>> parameterColumns = new ArrayList<>();
    private final Clock clock;
    private StudySnapshot snapshot;
    private List<String> parameterNames = List.of();

    /** A leaderboard of {@code first}; a click on a trial calls {@code open} with its number. */
    Leaderboard(StudySnapshot first, Clock clock, IntConsumer open) {
        this.snapshot = first;
        this.clock = clock;
        setPadding(false);
        setSpacing(false);
        states.setId("state-filter");
        states.setItems(TrialState.values());
        states.setItemLabelGenerator(TrialState::jsonName);
        states.setPlaceholder("all states");
        states.setClearButtonVisible(true);
        states.setWidth("28em");
        states.addValueChangeListener(event -> refresh());
        grid.setId("leaderboard");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("70vh");
        grid.setMultiSort(false);
        grid.addItemClickListener(event -> open.accept(event.getItem().number()));
        addFixedColumns();
        rows = grid.setItems(this::fetch, this::count);
        rows.setIdentifierProvider(Trial::number);
        add(states, grid);
        show(first);
    }

    /** Shows {@code fresh}: the rows in view are read again from it, in the same order and filter. */
    void show(StudySnapshot fresh) {
        snapshot = fresh;
        if (!fresh.parameterNames().equals(parameterNames)) {
            replaceParameterColumns(fresh.parameterNames());
        }
        refresh();
    }

    /** The grid, for tests. */
    Grid<Trial> grid() {
        return grid;
    }

    /** The state filter, for tests. */
    MultiSelectComboBox<TrialState> states() {
        return states;
    }

    private void refresh() {
        rows.refreshAll();
    }

    private Stream<Trial> fetch(Query<Trial, Void> query) {
        TrialQuery page = new TrialQuery(states.getValue(), SortMapping.toTrialSort(query.getSortOrders()),
                query.getOffset(), query.getLimit());
        return TrialRows.query(snapshot, page).trials().stream();
    }

    private int count(Query<Trial, Void> query) {
        Set<TrialState> wanted = states.getValue();
        if (wanted.isEmpty()) {
            return snapshot.history().size();
        }
        return (int) snapshot.history().trials().stream().filter(t -> wanted.contains(t.state())).count();
    }

    private void addFixedColumns() {
        String base = "studies/" + URLEncoder.encode(snapshot.id(), StandardCharsets.UTF_8).replace("+", "%20")
                + "/trials/";
        grid.addColumn(LitRenderer.<Trial>of("<a href=\"${item.href}\">${item.number}</a>")
                        .withProperty("number", Trial::number).withProperty("href", t -> base + t.number()))
                .setHeader("#").setKey("number").setSortProperty("number").setWidth("5.5em").setFlexGrow(0)
                .setFrozen(true);
        grid.addColumn(LitRenderer.<Trial>of("<span theme=\"${item.theme}\">${item.state}</span>")
                        .withProperty("theme", t -> Badges.theme(t.state())).withProperty("state", t -> t.state().jsonName()))
                .setHeader("State").setKey("state").setSortProperty("state").setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(t -> Formats.value(t.value())).setHeader("Value").setKey("value").setSortProperty("value")
                .setTextAlign(ColumnTextAlign.END).setWidth("7em").setFlexGrow(0);
        grid.addColumn(t -> t.reports().size()).setHeader("Epochs").setKey("epochs").setSortProperty("epochs")
                .setTextAlign(ColumnTextAlign.END).setWidth("7em").setFlexGrow(0);
        grid.addColumn(this::duration).setHeader("Duration").setKey("duration").setSortProperty("duration")
                .setTextAlign(ColumnTextAlign.END).setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(Leaderboard::reason).setHeader("Reason").setKey("reason").setTooltipGenerator(Leaderboard::reason)
                .setWidth("16em").setFlexGrow(1);
    }

    private void replaceParameterColumns(List<String> names) {
        parameterColumns.forEach(grid::removeColumn);
        parameterColumns.clear();
        for (String name : names) {
            parameterColumns.add(grid.addColumn(t -> Formats.param(t.params().get(name))).setHeader(name)
                    .setKey("param:" + name).setSortProperty(SortMapping.parameterProperty(name))
                    .setTextAlign(ColumnTextAlign.END).setWidth(Math.max(6, name.length() + 3) + "em").setFlexGrow(0));
        }
        List<Grid.Column<Trial>> order = new ArrayList<>(grid.getColumns());
        order.removeAll(parameterColumns);
        order.addAll(3, parameterColumns);
        grid.setColumnOrder(order);
        parameterNames = List.copyOf(names);
    }

    private String duration(Trial trial) {
        Duration ran = TrialRows.duration(trial);
        if (ran == null && trial.startedAt() != null && !trial.isFinished()) {
            ran = Duration.between(trial.startedAt(), clock.instant());
        }
        return Formats.duration(ran);
    }

    /** Why a trial ended, or why it was told to stop; empty when neither. */
    static String reason(Trial trial) {
        if (trial.reason() != null) {
            return trial.reason();
        }
        return trial.stopReason() != null ? trial.stopReason() : "";
    }
}
