package travel.confidence.service;

import io.micronaut.runtime.Micronaut;
import travel.confidence.service.rules.BundledRulesHeadStart;

/** Starts the decision service. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        BundledRulesHeadStart.begin();
        Micronaut.build(args).banner(false).start();
    }
}
