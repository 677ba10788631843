package travel.confidence.service.destination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Locale;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.security.ForAnyUser;
import travel.confidence.service.apidocs.PublicErrors;

/** The catalogue of destinations with their raw indicators, sources and years. */
@PublicErrors
@Controller("/api/destinations")
@Validated
@Tag(name = "Destinations")
class DestinationController {

    private final DestinationCatalogue catalogue;

    DestinationController(DestinationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get
    @ForAnyUser
    @Operation(summary = "List destinations, optionally of one region (Africa, Americas, Asia, Europe, Oceania)")
    DestinationPage list(@QueryValue @Nullable String region,
                         @QueryValue(defaultValue = "0") @Min(0) int page,
                         @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
        List<DestinationRecord> matches = catalogue.all().stream()
                .filter(d -> region == null || region.isBlank() || d.region().toLowerCase(Locale.ROOT)
                        .equals(region.strip().toLowerCase(Locale.ROOT)))
                .toList();
        List<DestinationSummary> items = matches.stream().skip((long) page * size).limit(size)
                .map(DestinationSummary::of).toList();
        return new DestinationPage(items, page, size, matches.size());
    }

    @Get("/{id}")
    @ForAnyUser
    @Operation(summary = "One destination with every raw value, its source and as-of date")
    DestinationRecord get(@PathVariable String id) {
        return catalogue.find(id).orElseThrow(() -> NotFoundException.destination(id));
    }
}
