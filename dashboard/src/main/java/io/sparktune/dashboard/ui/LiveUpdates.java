package io.sparktune.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import io.sparktune.dashboard.data.StudyCatalog;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keeps a page current while it is open: subscribed to the catalog from attach to detach, it reads
 * one fresh value per notification on the catalog's thread, then hands it to the page in
 * {@link UI#access} (pushed to the browser).
 *
 * @param <T> what the page shows (a study's snapshot, the list of studies)
 */
final class LiveUpdates<T> {

    private final StudyCatalog catalog;
    private final Function<String, T> fetch;
    private final Consumer<T> apply;
    private String watched;
    private boolean watching;
    private UI ui;
    private StudyCatalog.Subscription subscription;

    /**
     * Updates of {@code owner}'s page: {@code fetch} reads the watched study (its id, or {@code null}
     * for every study), {@code apply} shows it.
     */
    LiveUpdates(Component owner, StudyCatalog catalog, Function<String, T> fetch, Consumer<T> apply) {
        this.catalog = catalog;
        this.fetch = fetch;
        this.apply = apply;
        owner.addAttachListener(event -> {
            ui = event.getUI();
            subscribe();
        });
        owner.addDetachListener(event -> {
            unsubscribe();
            ui = null;
        });
    }

    /** Watches study {@code id} (every study when {@code null}) from now on. */
    void watch(String id) {
        if (watching && java.util.Objects.equals(id, watched)) {
            return;
        }
        watched = id;
        watching = true;
        unsubscribe();
        subscribe();
    }

    private void subscribe() {
        if (ui == null || !watching || subscription != null) {
            return;
        }
        UI target = ui;
        String id = watched;
        subscription = catalog.subscribe(id, () -> {
            T fresh = fetch.apply(id);
            try {
                target.access(() -> apply.accept(fresh));
            } catch (UIDetachedException e) {
                // The page closed between the change and this update; its detach ends the subscription.
            }
        });
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
