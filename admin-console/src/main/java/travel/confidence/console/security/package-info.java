/**
 * Who is signed in and what they may open: the login view (through the decision service's login), the signed-in
 * member of staff kept in the Vaadin session with their bearer token, and the access check before every view.
 * Talks to the service only through the decision-service client package.
 */
package travel.confidence.console.security;
