package travel.confidence.service.observability;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-Id} when it is a plausible id, else a
 * new one. The id is in the logging MDC of every thread that serves the request and in the response header,
 * errors included. It runs before every other filter, so answers other filters give early (401, 403, 429)
 * carry it too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CorrelationIdFilter implements Ordered {

    static final String HEADER = "X-Correlation-Id";
    static final String MDC_KEY = "correlationId";
    private static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";
    /** Letters, digits and . _ : - only, so a caller cannot forge log lines or smuggle markup through the id. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    @Nullable
    private final ErrorMeters errors;

    CorrelationIdFilter(@Nullable ErrorMeters errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext propagated) {
        String id = accepted(request.getHeaders().get(HEADER)).orElseGet(() -> UUID.randomUUID().toString());
        request.setAttribute(ATTRIBUTE, id);
        MDC.put(MDC_KEY, id);
        try {
            propagated.add(new MdcPropagationContext());
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @ResponseFilter
    void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getAttribute(ATTRIBUTE, String.class)
                .or(() -> accepted(request.getHeaders().get(HEADER)))
                .orElseGet(() -> UUID.randomUUID().toString());
        response.getHeaders().set(HEADER, id);
        if (errors != null && response.code() >= 400) {
            errors.count(response);
        }
    }

    static Optional<String> accepted(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}
