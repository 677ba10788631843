/**
 * Vaadin over Micronaut: the instantiator that lets the bean context build views and layouts (constructor
 * injection), and hands Vaadin the service-init listeners that are beans. No view logic here.
 */
package travel.confidence.console.vaadin;
