/**
 * The API documentation's frame: the OpenAPI document's title, the staff bearer-token scheme, the error answers
 * every endpoint shares, and the request examples. Annotations only: it may not change what an endpoint does.
 */
package travel.confidence.service.apidocs;
