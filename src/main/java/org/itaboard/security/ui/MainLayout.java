package org.itaboard.security.ui;

import org.itaboard.base.ui.TranslationProvider;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.service.AccountService;
import org.itaboard.security.service.CurrentUser;
import org.itaboard.security.service.UserPreferencesService;
import org.itaboard.base.service.OfficeSettings;
import org.itaboard.offices.service.OfficeAccess;

/**
 * The shell around every signed-in page: the side navigation lists only the views the user's roles
 * may open (Vaadin filters {@code @Menu} entries by the views' access annotations), the footer shows
 * who is signed in, their role and division, the language, the own password and the way out. A user whose password
 * an administrator set is sent to {@link ChangePasswordView} from every page until they have chosen their own.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final AccountService accounts;

    MainLayout(CurrentUser currentUser, UserPreferencesService preferences, AuthenticationContext authentication,
            OfficeSettings office, OfficeAccess offices, AccountService accounts) {
        this.accounts = accounts;
        setPrimarySection(Section.DRAWER);
        // Wide enough for the longest Thai menu entry ("รายการประเมินและคะแนน") at 1366 px; Lumo's 16em cuts it.
        getStyle().set("--vaadin-app-layout-drawer-width", "18rem");
        viewTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        addToNavbar(new DrawerToggle(), viewTitle);
        Scroller navigation = new Scroller(createSideNav());
        navigation.addClassName(LumoUtility.Padding.SMALL);
        addToDrawer(createBrand(offices.ownOffice().map(o -> o.getName(getLocale())).orElse(office.officeName())), navigation,
                createUserFooter(currentUser, preferences, authentication));
    }

    private Component createBrand(String officeName) {
        Icon logo = VaadinIcon.SCALE.create();
        logo.addClassNames(LumoUtility.TextColor.PRIMARY, LumoUtility.IconSize.LARGE);
        Span name = new Span("ITA Board");
        name.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE);
        Span office = new Span(officeName);
        office.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        VerticalLayout text = new VerticalLayout(name, office);
        text.setPadding(false);
        text.setSpacing(false);
        HorizontalLayout brand = new HorizontalLayout(logo, text);
        brand.setAlignItems(HorizontalLayout.Alignment.CENTER);
        brand.addClassNames(LumoUtility.Padding.MEDIUM, "brand");
        return brand;
    }

    private SideNav createSideNav() {
        SideNav nav = new SideNav();
        nav.addClassNames(LumoUtility.Margin.Horizontal.SMALL);
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private SideNavItem createItem(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private Component createUserFooter(CurrentUser currentUser, UserPreferencesService preferences,
            AuthenticationContext authentication) {
        AppUser user = currentUser.require();
        Avatar avatar = new Avatar(user.getFullName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        Span name = new Span(user.getFullName());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
        String roles = user.getRoles().stream().map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(", "));
        Span roleLine = new Span(roles);
        roleLine.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div who = new Div(name, new Div(roleLine));
        currentUser.division().ifPresent(d -> {
            Span division = new Span(d.getName(getLocale()));
            division.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            who.add(new Div(division));
        });
        HorizontalLayout identity = new HorizontalLayout(avatar, who);
        identity.setAlignItems(HorizontalLayout.Alignment.CENTER);

        Select<String> language = new Select<>();
        language.setItems("th", "en");
        language.setItemLabelGenerator(l -> "th".equals(l) ? "ภาษาไทย" : "English");
        language.setValue("en".equals(getLocale().getLanguage()) ? "en" : "th");
        language.setAriaLabel("Language / ภาษา");
        language.setWidthFull();
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                preferences.setLanguage(e.getValue());
                VaadinSession.getCurrent().setLocale(TranslationProvider.localeOf(e.getValue()));
                UI.getCurrent().getPage().reload();
            }
        });

        Button password = new Button(getTranslation("account.changePassword"), VaadinIcon.KEY.create(),
                e -> UI.getCurrent().navigate(ChangePasswordView.class));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setId("open-change-password");

        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        VerticalLayout footer = new VerticalLayout(identity, language, password, logout);
        footer.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.TOP, LumoUtility.BorderColor.CONTRAST_10);
        footer.setSpacing(false);
        return footer;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ChangePasswordView.class && accounts.passwordChangeRequired()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
