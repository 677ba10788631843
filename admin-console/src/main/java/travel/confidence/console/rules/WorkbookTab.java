package travel.confidence.console.rules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import travel.confidence.console.decisionservice.RuleVersion;
import travel.confidence.console.decisionservice.RulesClient;
import travel.confidence.console.widgets.ServiceDownload;

/**
 * Every table of a version as one Excel workbook (a sheet per table) for staff who work in a spreadsheet, and a
 * draft's tables replaced from one. An unchanged workbook comes back as the same tables (the same checksum).
 */
final class WorkbookTab extends VerticalLayout {

    private final RulesClient rules;
    private final Runnable changed;

    WorkbookTab(RulesClient rules, Runnable changed) {
        this.rules = rules;
        this.changed = changed;
        setPadding(false);
    }

    void show(RuleVersion version) {
        removeAll();
        long id = version.id();
        ServiceDownload export = new ServiceDownload("Download every table of " + version.version()
                + " as one Excel workbook (XLSX)", RulesClient.XLSX, () -> version.version() + "-tables.xlsx",
                () -> rules.workbook(id));
        export.setId("download-workbook");
        add(new Paragraph("A sheet per decision table, in the same columns as the grid. Edit it in a spreadsheet and "
                + "import it into a draft; sheets are matched to tables by name."), export);
        if (!version.isDraft()) {
            add(new Paragraph(version.version() + " is " + version.status() + ": import into a draft."));
            return;
        }
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            rules.putWorkbook(id, bytes);
            Notification.show("Imported " + metadata.fileName() + " into " + version.version() + ".");
            changed.run();
        }));
        upload.setId("upload-workbook");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(RulesClient.XLSX, ".xlsx");
        upload.setUploadButton(new Button("Import a workbook into " + version.version()));
        add(upload);
    }
}
