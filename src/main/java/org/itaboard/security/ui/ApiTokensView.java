package org.itaboard.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.BuddhistDatePicker;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.security.domain.ApiToken;
import org.itaboard.security.domain.ApiTokenScope;
import org.itaboard.security.service.ApiTokenService;
import org.itaboard.security.service.CreatedApiToken;

/**
 * Personal API tokens (issue 10), next to the own password: a user creates a token for a script (name, read-only or
 * read-write, expiry), copies its secret from the one place it is ever shown, sees when each token was last used and
 * revokes it after a confirmation. Administrators also see their office's tokens (the system administrator every
 * office's) and may revoke them.
 */
@Route("account/tokens")
@PermitAll
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Clock clock;

    private final TextField name = new TextField();
    private final RadioButtonGroup<ApiTokenScope> scope = new RadioButtonGroup<>();
    private final BuddhistDatePicker expiry = new BuddhistDatePicker("");
    private final VerticalLayout createdPanel = new VerticalLayout();
    private final Grid<ApiToken> own = new Grid<>();
    private final Grid<ApiToken> administered = new Grid<>();

    ApiTokensView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        setMaxWidth("72rem");

        name.setLabel(getTranslation("tokens.name"));
        name.setHelperText(getTranslation("tokens.name.help"));
        name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
        name.setId("token-name");
        scope.setLabel(getTranslation("tokens.scope"));
        scope.setItems(ApiTokenScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("tokens.scope." + s.name()));
        scope.setValue(ApiTokenScope.READ_ONLY);
        scope.setId("token-scope");
        expiry.setLabel(getTranslation("tokens.expiry"));
        expiry.setHelperText(getTranslation("tokens.expiry.help", ApiTokenService.DEFAULT_DAYS,
                BuddhistDates.format(tokens.latestExpiry(), getLocale())));
        expiry.setMin(LocalDate.now(clock).plusDays(1));
        expiry.setMax(tokens.latestExpiry());
        expiry.setValue(tokens.defaultExpiry());
        expiry.setId("token-expiry");
        FormLayout form = new FormLayout(name, scope, expiry);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));

        Button create = new Button(getTranslation("tokens.create"), VaadinIcon.PLUS.create(), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-token");

        createdPanel.setPadding(true);
        createdPanel.setSpacing(false);
        createdPanel.addClassNames(LumoUtility.Background.PRIMARY_10, LumoUtility.BorderRadius.MEDIUM);
        createdPanel.setVisible(false);
        createdPanel.setId("created-token");

        configure(own, false);
        own.setId("own-tokens");

        add(new ViewHeader(getTranslation("tokens.title"), getTranslation("tokens.description")), form, create,
                createdPanel, new H3(getTranslation("tokens.own")), own);
        if (tokens.administersTokens()) {
            configure(administered, true);
            administered.setId("office-tokens");
            add(new H3(getTranslation("tokens.office")), administered);
        }
        refresh();
    }

    private void create() {
        try {
            CreatedApiToken created = tokens.create(name.getValue(), scope.getValue(), expiry.getValue());
            showSecret(created);
            name.clear();
            refresh();
        } catch (BusinessRuleException refused) {
            Notifications.showRefusal(refused);
        }
    }

    /** The secret, once: in a read-only field to copy from, with the warning that it cannot be shown again. */
    private void showSecret(CreatedApiToken created) {
        TextField secret = new TextField(getTranslation("tokens.secret", created.token().getName()));
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("token-secret");
        secret.addFocusListener(e -> secret.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button(getTranslation("tokens.copy"), VaadinIcon.COPY.create(), e -> {
            secret.getElement().executeJs("navigator.clipboard.writeText(this.value)");
            Notifications.success(getTranslation("tokens.copied"));
        });
        copy.setId("copy-token");
        HorizontalLayout row = new HorizontalLayout(secret, copy);
        row.setWidthFull();
        row.setAlignItems(Alignment.BASELINE);
        Paragraph warning = new Paragraph(getTranslation("tokens.secret.warning"));
        warning.setId("token-warning");
        warning.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.ERROR);
        Paragraph usage = new Paragraph(getTranslation("tokens.secret.usage"));
        usage.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        createdPanel.removeAll();
        createdPanel.add(warning, row, usage);
        createdPanel.setVisible(true);
    }

    private void configure(Grid<ApiToken> grid, boolean withUser) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        if (withUser) {
            grid.addColumn(t -> t.getUser().getFullName() + " (" + t.getUser().getUsername() + ")")
                    .setHeader(getTranslation("tokens.user")).setKey("user").setAutoWidth(true);
        }
        grid.addColumn(ApiToken::getName).setHeader(getTranslation("tokens.name")).setKey("name").setFlexGrow(1);
        grid.addColumn(t -> t.getPrefix() + "…").setHeader(getTranslation("tokens.prefix")).setKey("prefix")
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation("tokens.scope." + t.getScope().name()))
                .setHeader(getTranslation("tokens.scope")).setKey("scope").setAutoWidth(true);
        grid.addColumn(t -> date(t.getCreatedAt())).setHeader(getTranslation("tokens.created")).setKey("created")
                .setAutoWidth(true);
        // The last day it works (it expires at the start of the next).
        grid.addColumn(t -> date(t.getExpiresAt().minusSeconds(1))).setHeader(getTranslation("tokens.expires"))
                .setKey("expires").setAutoWidth(true);
        grid.addColumn(t -> t.getLastUsedAt() == null ? getTranslation("tokens.neverUsed") : dateTime(t.getLastUsedAt()))
                .setHeader(getTranslation("tokens.lastUsed")).setKey("lastUsed").setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("tokens.status")).setKey("status").setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true);
    }

    private Component revokeButton(ApiToken token) {
        Button revoke = new Button(getTranslation("tokens.revoke"), VaadinIcon.BAN.create(), e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(!token.isRevoked());
        return revoke;
    }

    private void confirmRevoke(ApiToken token) {
        Paragraph question = new Paragraph(getTranslation("tokens.revoke.question", token.getName(),
                token.getPrefix() + "…"));
        ActionDialog dialog = new ActionDialog(getTranslation("tokens.revoke.title"), getTranslation("tokens.revoke"),
                () -> tokens.revoke(token.getId()), () -> {
                    Notifications.success(getTranslation("tokens.revoked", token.getName()));
                    refresh();
                }, question);
        dialog.primaryButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.primaryButton().setId("confirm-revoke");
        dialog.open();
    }

    private void refresh() {
        own.setItems(tokens.own());
        if (tokens.administersTokens()) {
            List<ApiToken> office = tokens.administered();
            administered.setItems(office);
        }
    }

    private String status(ApiToken token) {
        if (token.isRevoked()) {
            return getTranslation("tokens.status.revoked", date(token.getRevokedAt()));
        }
        return getTranslation(token.isExpired(clock.instant()) ? "tokens.status.expired" : "tokens.status.active");
    }

    private String date(Instant instant) {
        return BuddhistDates.format(LocalDate.ofInstant(instant, clock.getZone()), getLocale());
    }

    private String dateTime(Instant instant) {
        ZonedDateTime at = instant.atZone(clock.getZone());
        return BuddhistDates.format(at.toLocalDate(), getLocale()) + " %02d:%02d".formatted(at.getHour(), at.getMinute());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title");
    }
}
