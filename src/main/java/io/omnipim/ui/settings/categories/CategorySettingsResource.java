package io.omnipim.ui.settings.categories;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.omnipim.catalog.structure.category.Category;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Role;
import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.FormInput;
import io.omnipim.ui.settings.SettingsForm;
import io.omnipim.ui.settings.SettingsPages;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Settings › Categories: the trees, nested and foldable; a category's page to relabel it, add a child, or move it
 * under another parent of its tree ("move to…"). Managers change them, as in the API.
 */
@Path("/ui/settings/categories")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class CategorySettingsResource {

    static final String NAV = "settings";
    static final String BASE = "/ui/settings/categories";

    private final CategorySettingsService categories;
    private final UiContext ui;

    public CategorySettingsResource(CategorySettingsService categories, UiContext ui) {
        this.categories = categories;
        this.ui = ui;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance categories(Shell shell, List<CategoryNode> trees, SettingsForm form,
                List<Choice> locales, String saved);

        static native TemplateInstance category(Shell shell, CategoryPage page);
    }

    @GET
    public TemplateInstance list(@QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return treesPage(shell, SettingsForm.empty(), saved).setLocale(shell.locale());
    }

    private TemplateInstance treesPage(Shell shell, SettingsForm form, String saved) {
        String locale = ContextChoice.labelLocale(shell);
        return Templates.categories(shell, categories.trees(locale, saved), form,
                Choice.locales(categories.labelLocales(), locale), saved);
    }

    /** A new tree (a category without parent). */
    @POST
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createTree(MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        try {
            String code = categories.create(null, input);
            return SettingsPages.saved(BASE, code);
        } catch (PimException e) {
            return SettingsPages.refused(treesPage(shell, SettingsForm.of(input.values()).refused(e), null),
                    shell.locale());
        }
    }

    @GET
    @Path("{code}")
    public TemplateInstance edit(@PathParam("code") String code, @QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return Templates.category(shell, categories.page(code, ContextChoice.labelLocale(shell), saved))
                .setLocale(shell.locale());
    }

    @POST
    @Path("{code}")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response relabel(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        return act(code, form, Action.RELABEL);
    }

    @POST
    @Path("{code}/move")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        return act(code, form, Action.MOVE);
    }

    @POST
    @Path("{code}/children")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addChild(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        return act(code, form, Action.CHILD);
    }

    private enum Action {
        RELABEL, MOVE, CHILD
    }

    /** Runs one of the three forms of a category's page; a refusal shows that form again with its errors. */
    private Response act(String code, MultivaluedMap<String, String> form, Action action) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        Category category = categories.category(code);
        try {
            if (action == Action.CHILD) {
                String child = categories.create(code, input);
                return SettingsPages.saved(BASE + "/" + Links.segment(child), child);
            }
            if (action == Action.MOVE) {
                categories.move(code, input);
            } else {
                categories.relabel(code, input);
            }
            return SettingsPages.saved(BASE + "/" + Links.segment(code), code);
        } catch (PimException e) {
            SettingsForm refused = SettingsForm.of(input.values()).refused(e);
            SettingsForm stored = categories.stored(category);
            String locale = ContextChoice.labelLocale(shell);
            CategoryPage page = categories.page(category, action == Action.RELABEL ? refused : stored,
                    action == Action.MOVE ? refused : SettingsForm.empty(),
                    action == Action.CHILD ? refused : SettingsForm.empty(), locale, null);
            return SettingsPages.refused(Templates.category(shell, page), shell.locale());
        }
    }

    @POST
    @Path("{code}/delete")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("code") String code) {
        Shell shell = ui.shell(NAV);
        Category category = categories.category(code);
        try {
            String parent = categories.delete(code);
            return SettingsPages.deleted(parent == null ? BASE : BASE + "/" + Links.segment(parent), "category",
                    code, "");
        } catch (PimException e) {
            CategoryPage page = categories.page(category, categories.stored(category).refused(e),
                    SettingsForm.empty(), SettingsForm.empty(), ContextChoice.labelLocale(shell), null);
            return SettingsPages.refused(Templates.category(shell, page), shell.locale());
        }
    }
}
