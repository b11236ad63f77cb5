package io.sparktune.dashboard.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page every view lives in: server push (updates reach an open page without a reload), the
 * title, and the few styles of the dashboard's own (the two-column study page, the chart cards).
 */
@Push
public class DashboardShell implements AppShellConfigurator {

    static final String STYLES = """
            .dash-columns { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--lumo-space-m); }
            @media (min-width: 1200px) {
              .dash-columns { grid-template-columns: minmax(0, 3fr) minmax(380px, 2fr); }
            }
            .dash-charts { display: flex; flex-direction: column; gap: var(--lumo-space-m); min-width: 0; }
            .dash-card { background: var(--lumo-base-color); border: 1px solid var(--lumo-contrast-10pct);
              border-radius: var(--lumo-border-radius-l); padding: var(--lumo-space-s) var(--lumo-space-m); }
            .dash-card h3 { margin: 0 0 var(--lumo-space-xs) 0; font-size: var(--lumo-font-size-s);
              color: var(--lumo-secondary-text-color); font-weight: 600; }
            .dash-card svg { display: block; width: 100%; height: auto; }
            .dash-table { border-collapse: collapse; font-size: var(--lumo-font-size-s); }
            .dash-table th, .dash-table td { text-align: left; padding: 2px var(--lumo-space-m) 2px 0; }
            .dash-table th { color: var(--lumo-secondary-text-color); font-weight: 500; }
            """;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("sparktune");
        settings.addInlineWithContents(Inline.Position.APPEND, STYLES, Inline.Wrapping.STYLESHEET);
    }
}
