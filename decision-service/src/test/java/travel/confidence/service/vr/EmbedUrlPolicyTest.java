package travel.confidence.service.vr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import travel.confidence.service.error.InvalidInputException;

/** Only HTTPS URLs on exactly an allow-listed host, on the default port and without user information, pass. */
class EmbedUrlPolicyTest {

    private final EmbedUrlPolicy policy = new EmbedUrlPolicy(new VrSettings(
            List.of("www.youtube-nocookie.com", " Player.Vimeo.com "), "allow-scripts", "fullscreen", "no-referrer"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "https://www.youtube-nocookie.com/embed/abc",
            "https://player.vimeo.com/video/1?h=2",
            "HTTPS://WWW.YOUTUBE-NOCOOKIE.COM/embed/abc",
            "https://player.vimeo.com:443/video/1"})
    void allowed(String url) {
        assertThat(policy.allows(url)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "http://www.youtube-nocookie.com/embed/abc|must be an HTTPS URL",
            "javascript:alert(1)|must be an HTTPS URL",
            "//www.youtube-nocookie.com/embed/abc|must be an HTTPS URL",
            "https://evil.example/embed|host 'evil.example' is not on the allow-list",
            "https://www.youtube-nocookie.com.evil.example/x|is not on the allow-list",
            "https://sub.player.vimeo.com/video/1|is not on the allow-list",
            "https://www.youtube-nocookie.com@evil.example/x|must not carry user information",
            "https://player.vimeo.com:8443/video/1|must not carry user information or a port",
            "https://player.vimeo.com/video/1 2|is not a valid URL"})
    void refused(String url, String why) {
        assertThat(policy.allows(url)).isFalse();
        assertThatThrownBy(() -> policy.check("embedUrl", url))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.details()).containsEntry("field", "embedUrl");
                    assertThat(e.getMessage()).contains(why);
                });
    }

    @Test
    void hosts_are_compared_trimmed_and_in_lower_case() {
        assertThat(policy.hosts()).containsExactlyInAnyOrder("www.youtube-nocookie.com", "player.vimeo.com");
    }
}
