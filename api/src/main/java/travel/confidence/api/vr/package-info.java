/** The VR and video previews' wire contract (seed: VR Preview Module), and the admin catalogue's entries. */
package travel.confidence.api.vr;
