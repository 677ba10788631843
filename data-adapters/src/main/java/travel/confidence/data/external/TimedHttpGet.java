package travel.confidence.data.external;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An HTTP GET with one deadline for the whole exchange (connect, headers and body): a source that stalls
 * half-way through its body still fails on time. Anything but a 2xx answer is a {@link SourceUnavailableException}.
 */
public final class TimedHttpGet {

    private final String sourceName;
    private final Duration timeout;
    private final HttpClient client;

    public TimedHttpGet(String sourceName, Duration timeout) {
        this.sourceName = sourceName;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public String get(URI uri, String accept) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", accept)
                .header("User-Agent", "confidence-engine").timeout(timeout).GET().build();
        CompletableFuture<HttpResponse<String>> exchange =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new SourceUnavailableException(sourceName + " did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new SourceUnavailableException(sourceName + " did not answer within " + timeout.toMillis() + " ms", cause);
            }
            throw new SourceUnavailableException(sourceName + " could not be reached: " + describe(cause), cause);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException(sourceName + ": the fetch was interrupted", e);
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new SourceUnavailableException(sourceName + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static String describe(Throwable cause) {
        if (cause instanceof IOException && cause.getMessage() != null) {
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        return String.valueOf(cause);
    }
}
