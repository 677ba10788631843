/**
 * Browser tests: the real decision service and the real console, each started from its runnable jar as its
 * own process, driven through headless Chromium. Test infrastructure for every console view's *IT.
 */
package travel.confidence.console.browser;
