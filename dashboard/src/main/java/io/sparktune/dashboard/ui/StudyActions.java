package io.sparktune.dashboard.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import io.sparktune.dashboard.data.StopResult;
import io.sparktune.dashboard.data.StudyCatalog;
import io.sparktune.dashboard.data.StudyPhase;
import io.sparktune.dashboard.data.StudySnapshot;
import java.util.Optional;

/**
 * A study's two actions: copy its best configuration as JSON, and stop it (after a confirmation).
 * The clipboard may be refused (pages served over plain http from another host), so the JSON is also
 * shown in a dialog to copy by hand.
 */
final class StudyActions extends HorizontalLayout {

    static final String STOP_REASON = "stopped from the dashboard";

    private final StudyCatalog catalog;
    private final Button copyBest = new Button("Copy best JSON", VaadinIcon.CLIPBOARD_TEXT.create());
    private final Button stop = new Button("Stop study", VaadinIcon.STOP.create());
    private StudySnapshot snapshot;

    StudyActions(StudyCatalog catalog, StudySnapshot first) {
        this.catalog = catalog;
        copyBest.setId("copy-best");
        copyBest.addClickListener(event -> copyBest());
        stop.setId("stop-study");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(event -> confirmStop());
        add(copyBest, stop);
        show(first);
    }

    void show(StudySnapshot fresh) {
        snapshot = fresh;
        copyBest.setEnabled(fresh.history().best().isPresent());
        StudyPhase phase = fresh.summary().phase();
        stop.setEnabled(phase != StudyPhase.ENDED && phase != StudyPhase.STOPPING);
    }

    private void copyBest() {
        Optional<String> json = BestConfig.json(snapshot);
        if (json.isEmpty()) {
            Notification.show("No trial has completed yet.");
            return;
        }
        UI.getCurrent().getPage().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0)"
                + ".then(() => true, () => false) : false", json.get()).then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notification.show("The best configuration is on the clipboard.", 3000,
                                Notification.Position.BOTTOM_START);
                    }
                });
        showJson(json.get());
    }

    private void showJson(String json) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Best configuration of " + snapshot.id());
        TextArea text = new TextArea();
        text.setId("best-json");
        text.setValue(json);
        text.setReadOnly(true);
        text.setWidth("36em");
        text.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        Button close = new Button("Close", event -> dialog.close());
        close.addClickShortcut(Key.ESCAPE);
        dialog.add(text);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void confirmStop() {
        String id = snapshot.id();
        ConfirmDialog confirm = new ConfirmDialog("Stop " + id + "?",
                "Its driver ends the trials in flight (as pruned, \"" + STOP_REASON + "\") and starts no more.",
                "Stop", event -> stop(id));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void stop(String id) {
        if (!Access.signedIn(VaadinSession.getCurrent())) {
            notify("Sign in with the dashboard's token to stop a study.", NotificationVariant.LUMO_ERROR);
            return;
        }
        StopResult result = catalog.requestStop(id, STOP_REASON);
        switch (result) {
            case REQUESTED -> notify("Stop requested: " + id + " ends its trials in flight.",
                    NotificationVariant.LUMO_SUCCESS);
            case ALREADY_ENDED -> notify(id + " had already ended (or was already stopping).",
                    NotificationVariant.LUMO_CONTRAST);
            case UNKNOWN_STUDY -> notify("There is no study named " + id + ".", NotificationVariant.LUMO_ERROR);
        }
        if (result != StopResult.UNKNOWN_STUDY) {
            stop.setEnabled(false);
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
