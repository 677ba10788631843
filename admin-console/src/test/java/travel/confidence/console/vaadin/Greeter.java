package travel.confidence.console.vaadin;

import jakarta.inject.Singleton;

/** A bean for a view to depend on. */
@Singleton
class Greeter {

    String greet(String name) {
        return "Hello, " + name;
    }
}
