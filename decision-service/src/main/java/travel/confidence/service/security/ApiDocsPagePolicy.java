package travel.confidence.service.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one page the service serves, the Swagger UI, needs more than the API's "nothing at all" policy: its own
 * scripts, styles and images, the document it fetches, and the inline script of its index page, allowed by that
 * script's hash (computed here from the page in the jar, so a regenerated page stays allowed and nothing else
 * inline ever is). Swagger UI sets inline styles and data: images, so those are allowed too, on this page only.
 */
final class ApiDocsPagePolicy {

    static final String PATH_PREFIX = "/swagger-ui/";
    private static final String PAGE = "META-INF/swagger/views/swagger-ui/index.html";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private ApiDocsPagePolicy() {
    }

    /** The policy for the page, or {@code null} when the jar has no API docs page. */
    static String load(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(PAGE)) {
            if (in == null) {
                return null;
            }
            return forPage(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PAGE, e);
        }
    }

    static String forPage(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher inline = INLINE_SCRIPT.matcher(html);
        while (inline.find()) {
            hashes.add("'sha256-" + sha256(inline.group(1)) + "'");
        }
        return "default-src 'none'; script-src 'self' " + String.join(" ", hashes)
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'"
                + "; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    private static String sha256(String script) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
