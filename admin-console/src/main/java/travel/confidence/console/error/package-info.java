/**
 * The console's one place for failures: every exception is logged with a reference and shown to the user as
 * a plain sentence (never a stack trace), whether it happened while opening a view or in a click.
 */
package travel.confidence.console.error;
