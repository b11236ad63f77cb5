package io.sparktune.dashboard.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;

/**
 * Asks for the dashboard's token, once per browser session, when the dashboard has one; then goes
 * back to the page the user was going to.
 */
@Route(value = LoginView.ROUTE, layout = MainLayout.class)
@PageTitle("sign in · sparktune")
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "login";

    private final PasswordField token = new PasswordField("Token");
    private String returnTo = "";

    public LoginView() {
        setMaxWidth("420px");
        token.setId("token");
        token.setWidthFull();
        token.setHelperText("The token the dashboard was started with (--token or SPARKTUNE_TOKEN).");
        Button signIn = new Button("Sign in", event -> signIn());
        signIn.setId("sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        add(new H2("Sign in"), new Paragraph("This dashboard wants its token before it shows any study."), token,
                signIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnTo = event.getLocation().getQueryParameters().getSingleParameter(MainLayout.RETURN_TO)
                .filter(to -> !to.startsWith(ROUTE)).orElse("");
    }

    private void signIn() {
        if (Access.signIn(VaadinSession.getCurrent(), token.getValue())) {
            getUI().ifPresent(ui -> ui.navigate(returnTo));
        } else {
            token.setInvalid(true);
            token.setErrorMessage("That is not the dashboard's token.");
        }
    }
}
