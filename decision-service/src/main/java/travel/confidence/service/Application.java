package travel.confidence.service;

import io.micronaut.runtime.Micronaut;

/** Starts the decision service. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).start();
    }
}
