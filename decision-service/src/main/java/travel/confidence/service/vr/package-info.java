/**
 * VR and video previews (seed: VR Preview Module): the public content endpoint that picks a destination's
 * preview (preferred format, else VR, else video, else none) and the admin API that manages the catalogue,
 * accepting only HTTPS URLs on the allow-listed hosts. Reads and writes only the VR catalogue.
 */
package travel.confidence.service.vr;
