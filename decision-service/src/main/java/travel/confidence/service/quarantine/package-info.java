/**
 * Review of the quarantine over the admin API: list with filters, approve (then the record is learned from),
 * reject with a reason; every decision goes to the review log. Stores through data-adapters' preference
 * ports; learning happens through the preference feature, never here. Open until the admin API is secured.
 */
package travel.confidence.service.quarantine;
