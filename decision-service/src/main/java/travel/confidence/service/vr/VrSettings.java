package travel.confidence.service.vr;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * Previews: which hosts may be embedded, and the iframe attributes the frontend puts on every embed.
 *
 * @param allowedHosts   hosts whose HTTPS URLs may be embedded or shown as thumbnails (exact host names)
 * @param iframeSandbox  the iframe {@code sandbox} value; the players need scripts and their own origin, which is
 *                       safe because an allow-listed host is never our own origin
 * @param iframeAllow    the iframe {@code allow} value (permissions policy): motion sensors and XR for 360°
 *                       viewing, fullscreen; no camera, microphone or geolocation
 * @param referrerPolicy the iframe {@code referrerpolicy}; video players refuse embeds that send no referrer
 */
@ConfigurationProperties(VrSettings.PREFIX)
record VrSettings(
        @Bindable(defaultValue = "www.youtube-nocookie.com,www.youtube.com,player.vimeo.com,kuula.co,momento360.com,"
                + "www.360cities.net,upload.wikimedia.org,i.ytimg.com,i.vimeocdn.com") List<String> allowedHosts,
        @Bindable(defaultValue = "allow-scripts allow-same-origin allow-presentation allow-popups") String iframeSandbox,
        @Bindable(defaultValue = "accelerometer; gyroscope; magnetometer; fullscreen; picture-in-picture; "
                + "encrypted-media; xr-spatial-tracking") String iframeAllow,
        @Bindable(defaultValue = "strict-origin-when-cross-origin") String referrerPolicy) {

    static final String PREFIX = "confidence.vr";
}
