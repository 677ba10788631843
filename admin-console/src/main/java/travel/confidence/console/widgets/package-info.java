/**
 * Small building blocks several views share: status pills in colours that meet WCAG AA, a download link that
 * streams through the console (so the bearer token never reaches the browser), and a plain-text JSON layout.
 * No service calls of their own.
 */
package travel.confidence.console.widgets;
