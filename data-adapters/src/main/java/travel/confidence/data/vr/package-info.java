/**
 * The VR and video preview catalogue in the document store (collection {@code vr_content}): entries per
 * destination as operators add them. Stores what it is given; which URLs are acceptable is the service's call.
 */
package travel.confidence.data.vr;
