/**
 * The embedded web server: one Jetty web application whose annotation scan lets Vaadin's initializers find
 * the routes. Hands the bean context to Vaadin through a servlet-context attribute; knows no view.
 */
package travel.confidence.console.server;
