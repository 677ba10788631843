package travel.confidence.console.rules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import travel.confidence.console.decisionservice.DecisionTable;
import travel.confidence.console.decisionservice.RuleVersion;
import travel.confidence.console.decisionservice.RulesClient;
import travel.confidence.console.decisionservice.ValidationReport;
import travel.confidence.console.widgets.ServiceDownload;

/**
 * A version's decision tables, one at a time, as a grid: a column per table column (its label, with the code it
 * fills in as the tooltip) and a row per rule. In a draft a double click (or Enter) edits a row in place; rows
 * can be added and removed, and the table saved. Each table can also go out to and come back from Excel.
 * Problems the latest validation found in a row are shown beside it.
 */
final class TablesTab extends VerticalLayout {

    private final RulesClient rules;
    private final Runnable changed;
    private final ComboBox<DecisionTable.Summary> tableChoice = new ComboBox<>("Decision table");
    private final Grid<TableRow> grid = new Grid<>();
    private final Paragraph state = new Paragraph();
    private final Button addRow = new Button("Add row");
    private final Button removeRow = new Button("Remove selected row");
    private final Button save = new Button("Save table");
    private final HorizontalLayout workbook = new HorizontalLayout();

    private RuleVersion version;
    private Optional<ValidationReport> report = Optional.empty();
    private DecisionTable table;
    private List<TableRow> rows = new ArrayList<>();

    TablesTab(RulesClient rules, Runnable changed) {
        this.rules = rules;
        this.changed = changed;
        setPadding(false);
        tableChoice.setId("table-choice");
        tableChoice.setItemLabelGenerator(t -> t.name() + " (" + t.rows() + " rows)");
        tableChoice.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                loadTable(change.getValue().name());
            }
        });
        grid.setId("table-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("24rem");
        editInPlace();
        state.setId("table-state");
        addRow.setId("add-table-row");
        addRow.addClickListener(click -> {
            TableRow selected = grid.asSingleSelect().getValue();
            TableRow added = new TableRow(selected == null ? List.of() : selected.cells(table.columns().size()), null);
            rows.add(selected == null ? rows.size() : rows.indexOf(selected) + 1, added);
            grid.setItems(rows);
            grid.getEditor().editItem(added);
        });
        removeRow.setId("remove-table-row");
        removeRow.addClickListener(click -> {
            TableRow selected = grid.asSingleSelect().getValue();
            if (selected != null) {
                rows.remove(selected);
                grid.setItems(rows);
            }
        });
        save.setId("save-table");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveTable());
        HorizontalLayout top = new HorizontalLayout(tableChoice, addRow, removeRow, save);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        workbook.setAlignItems(FlexComponent.Alignment.CENTER);
        add(top, state, grid, workbook);
    }

    private void editInPlace() {
        Editor<TableRow> editor = grid.getEditor();
        editor.setBuffered(false);
        grid.addItemDoubleClickListener(event -> {
            if (version.isDraft()) {
                editor.editItem(event.getItem());
            }
        });
        grid.addSelectionListener(selection -> {
            if (editor.isOpen()) {
                editor.closeEditor();
            }
        });
        grid.getElement().addEventListener("keydown", event -> {
            TableRow selected = grid.asSingleSelect().getValue();
            if (version.isDraft() && selected != null && !editor.isOpen()) {
                editor.editItem(selected);
            } else if (editor.isOpen()) {
                editor.closeEditor();
            }
        }).setFilter("event.key === 'Enter'");
        grid.getElement().addEventListener("keydown", event -> editor.closeEditor()).setFilter("event.key === 'Escape'");
        editor.addCloseListener(close -> grid.getDataProvider().refreshItem(close.getItem()));
    }

    void show(RuleVersion version, List<DecisionTable.Summary> tables, Optional<ValidationReport> latest) {
        this.version = version;
        this.report = latest;
        String previous = tableChoice.getValue() == null ? null : tableChoice.getValue().name();
        tableChoice.setItems(tables);
        DecisionTable.Summary shown = tables.stream().filter(t -> t.name().equals(previous)).findFirst()
                .orElse(tables.isEmpty() ? null : tables.get(0));
        // Loaded explicitly: the same table of another version may be equal to the one shown.
        tableChoice.setValue(shown);
        if (shown != null) {
            loadTable(shown.name());
        }
    }

    private void loadTable(String name) {
        grid.getEditor().cancel();
        table = rules.table(version.id(), name);
        rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            rows.add(new TableRow(table.rows().get(i), i < table.lines().size() ? table.lines().get(i) : null));
        }
        buildColumns();
        grid.setItems(rows);
        boolean draft = version.isDraft();
        addRow.setEnabled(draft);
        removeRow.setEnabled(draft);
        save.setEnabled(draft);
        state.setText(draft ? "Double-click a row (or select it and press Enter) to edit it; Enter or Escape ends editing. "
                + "Save the table when done." : version.version() + " is " + version.status()
                + ": its tables are read only. Copy it into a new draft to edit them.");
        showWorkbookActions(name, draft);
    }

    private void buildColumns() {
        grid.removeAllColumns();
        Binder<TableRow> binder = new Binder<>();
        grid.getEditor().setBinder(binder);
        grid.addColumn(row -> row.line() == null ? "new" : row.line().toString()).setHeader("Line")
                .setAutoWidth(true).setFlexGrow(0);
        for (int i = 0; i < table.columns().size(); i++) {
            int column = i;
            DecisionTable.Column header = table.columns().get(i);
            String title = header.label() == null || header.label().isBlank() ? header.kind() : header.label();
            Grid.Column<TableRow> gridColumn = grid.addColumn(row -> row.cell(column)).setHeader(title)
                    .setResizable(true).setAutoWidth(true)
                    .setTooltipGenerator(row -> header.kind() + (header.code() == null || header.code().isBlank()
                            ? "" : ": " + header.code()));
            TextField field = new TextField();
            field.setWidthFull();
            field.setAriaLabel(title);
            binder.forField(field).bind(row -> row.cell(column), (row, value) -> row.setCell(column, value));
            gridColumn.setEditorComponent(field);
        }
        grid.addColumn(this::problemsOf).setHeader("Validation").setAutoWidth(true);
    }

    private String problemsOf(TableRow row) {
        if (row.line() == null || table.path() == null) {
            return "";
        }
        return report.map(r -> r.problems().stream()
                .filter(p -> table.path().equals(p.file()) && row.line().equals(p.line()))
                .map(p -> p.check() + ": " + p.message()).collect(Collectors.joining("; "))).orElse("");
    }

    private void showWorkbookActions(String name, boolean draft) {
        workbook.removeAll();
        long id = version.id();
        ServiceDownload export = new ServiceDownload("Download " + name + " as Excel (XLSX)", RulesClient.XLSX,
                () -> version.version() + "-" + name + ".xlsx", () -> rules.tableWorkbook(id, name));
        export.setId("download-table-xlsx");
        workbook.add(export);
        if (draft) {
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                rules.putTableWorkbook(id, name, bytes);
                Notification.show("Imported " + metadata.fileName() + " into the " + name + " table of "
                        + version.version() + ".");
                changed.run();
            }));
            upload.setId("upload-table-xlsx");
            upload.setMaxFiles(1);
            upload.setAcceptedFileTypes(RulesClient.XLSX, ".xlsx");
            upload.setUploadButton(new Button("Import " + name + " from Excel"));
            workbook.add(upload);
        }
    }

    private void saveTable() {
        grid.getEditor().closeEditor();
        int width = table.columns().size();
        List<List<String>> cells = rows.stream().map(row -> row.cells(width)).toList();
        RuleVersion updated = rules.putTable(version.id(), tableChoice.getValue().name(), DecisionTable.rowsOnly(cells));
        Notification.show("Saved the " + tableChoice.getValue().name() + " table of " + updated.version()
                + ". Validate to check it.");
        changed.run();
    }
}
