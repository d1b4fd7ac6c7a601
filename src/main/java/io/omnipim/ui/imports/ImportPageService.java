package io.omnipim.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.bulk.flat.FlatType;
import io.omnipim.bulk.imports.ImportOptions;
import io.omnipim.bulk.imports.ImportService;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.omnipim.ui.shell.Messages;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.Texts;

/** Starts imports from the page's form and shows their progress, through the bulk feature's import service. */
@ApplicationScoped
public class ImportPageService {

    private final ImportService imports;

    public ImportPageService(ImportService imports) {
        this.imports = imports;
    }

    public ImportPage page(Shell shell, String selectedType, List<String> errors) {
        Messages msg = Texts.of(shell);
        List<ImportPage.TypeChoice> types = new ArrayList<>();
        for (FlatType type : FlatType.values()) {
            boolean catalogData = type == FlatType.PRODUCT || type == FlatType.PRODUCT_MODEL;
            if (catalogData || shell.canManage()) {
                String code = type.apiName();
                types.add(new ImportPage.TypeChoice(code, msg.import_type(code),
                        code.equals(selectedType == null ? "products" : selectedType)));
            }
        }
        List<JobPanel> recent = imports.list(1, 20).stream().map(j -> JobPanel.of(j, msg)).toList();
        return new ImportPage(shell, types, recent, errors);
    }

    /** Queues the import of an uploaded file; the structure needs the manager role, as in the API. */
    public UUID start(Path upload, String fileName, String type, boolean dryRun, Shell shell, Author author) {
        ImportOptions options = ImportOptions.parse(type, fileName, null, null, null, null,
                Boolean.toString(dryRun), null, null, null);
        if (options.flatType() != FlatType.PRODUCT && options.flatType() != FlatType.PRODUCT_MODEL
                && !shell.canManage()) {
            throw new PimException(403, "Importing " + options.type() + " changes the catalog structure: it needs"
                    + " the manager role.");
        }
        return imports.submit(upload, options, author);
    }

    public JobPanel job(UUID id, Shell shell) {
        return JobPanel.of(imports.view(id), Texts.of(shell));
    }

    public ImportService service() {
        return imports;
    }

    /** The reasons an import was refused before starting, one line each. */
    static List<String> reasons(PimException e) {
        if (e.errors().isEmpty()) {
            return List.of(e.getMessage());
        }
        return e.errors().stream().map(FieldError::message).toList();
    }
}
