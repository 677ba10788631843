package travel.confidence.console.widgets;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Supplier;

/**
 * A download link for a file the decision service makes (an Excel workbook). The browser asks the console, and
 * the console fetches the file from the service with the signed-in member of staff's token: the token stays in
 * the server-side session and never appears in a link.
 */
public final class ServiceDownload extends Anchor {

    public ServiceDownload(String text, String contentType, Supplier<String> fileName, Supplier<byte[]> content) {
        super(handler(contentType, fileName, content), AttachmentType.DOWNLOAD, text);
    }

    private static DownloadHandler handler(String contentType, Supplier<String> fileName, Supplier<byte[]> content) {
        return event -> {
            byte[] bytes = content.get();
            event.setFileName(fileName.get());
            event.setContentType(contentType);
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }
}
