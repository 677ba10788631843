/**
 * Traveller profiles: the seed's TravelerProfile over HTTP and its mapping to the stored rows and to the
 * facts the rules see. Stores through data-adapters' profile repositories only.
 */
package travel.confidence.service.profile;
