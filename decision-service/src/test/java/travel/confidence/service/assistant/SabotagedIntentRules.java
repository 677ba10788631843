package travel.confidence.service.assistant;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** The intent rules, broken on demand in the "assistant-sabotage" test environment: they throw or hang. */
@Singleton
@Replaces(IntentRules.class)
@Requires(env = "assistant-sabotage")
class SabotagedIntentRules extends IntentRules {

    enum Mode { WORKING, THROWING, HANGING }

    static volatile Mode mode = Mode.WORKING;

    @Override
    Understood read(String question, @Nullable Understood previous) {
        switch (mode) {
            case THROWING -> throw new IllegalStateException("sabotaged intent rules");
            case HANGING -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            default -> {
            }
        }
        return super.read(question, previous);
    }
}
