package io.sparktune.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Objects;

/**
 * The frame of every page: a header with a link back to the studies list, and the page below. It
 * also guards the pages: with a token configured, a session that has not given it is sent to the
 * sign-in page, which brings it back where it was going.
 */
public class MainLayout extends Div implements RouterLayout, BeforeEnterObserver {

    /** The sign-in page's query parameter that holds where to go after it. */
    static final String RETURN_TO = "to";

    private final Div content = new Div();

    public MainLayout() {
        setWidthFull();
        setMinHeight("100%");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        RouterLink home = new RouterLink("sparktune", StudiesView.class);
        home.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.BOLD, LumoUtility.TextColor.HEADER);
        Span tagline = new Span("hyperparameter search");
        tagline.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout bar = new HorizontalLayout(home, tagline);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Header header = new Header(bar);
        header.addClassNames(LumoUtility.Padding.Horizontal.LARGE, LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Background.BASE);
        content.addClassNames(LumoUtility.Padding.Horizontal.LARGE, LumoUtility.Padding.Vertical.MEDIUM,
                LumoUtility.Flex.GROW, LumoUtility.Background.CONTRAST_5);
        content.getStyle().set("min-height", "0");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.removeAll();
        if (page != null) {
            content.getElement().appendChild(Objects.requireNonNull(page.getElement()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == LoginView.class || Access.signedIn(VaadinSession.getCurrent())) {
            return;
        }
        String target = event.getLocation().getPathWithQueryParameters();
        event.forwardTo(LoginView.ROUTE, QueryParameters.of(RETURN_TO, target));
    }

    /** A plain message in place of a page that cannot be shown (an unknown study, say). */
    static Component notice(String text) {
        Div notice = new Div(text);
        notice.setId("notice");
        notice.addClassNames(LumoUtility.Padding.LARGE, LumoUtility.FontSize.LARGE, LumoUtility.TextColor.SECONDARY);
        return notice;
    }
}
