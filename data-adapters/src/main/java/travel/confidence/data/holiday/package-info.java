/**
 * Public holidays per destination from the bundled calendar (for the crowd-surge context rules). It covers
 * only the years its files hold; for other dates it says so rather than guessing.
 */
package travel.confidence.data.holiday;
