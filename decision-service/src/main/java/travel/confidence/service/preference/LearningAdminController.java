package travel.confidence.service.preference;

import travel.confidence.service.admin.AdminAccess;
import travel.confidence.service.admin.AdminRole;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import travel.confidence.api.preference.LearningRun;
import travel.confidence.service.error.ConflictException;
import travel.confidence.service.apidocs.AdminErrors;

/** Starts the learning batch now. Open for now: the admin API is secured with the console's users later. */
@AdminErrors
@Controller("/api/admin/preferences")
@Tag(name = "Admin: preferences")
class LearningAdminController {

    private final LearningBatch batch;

    LearningAdminController(LearningBatch batch) {
        this.batch = batch;
    }

    @Post("/learn")
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Learn from all new implicit signals now, unless another instance is already doing it")
    LearningRun learn() {
        return batch.runNow().orElseThrow(() -> new ConflictException(
                "Preference learning is already running on another instance; try again when it has finished",
                Map.of("job", LearningBatch.JOB), true));
    }
}
