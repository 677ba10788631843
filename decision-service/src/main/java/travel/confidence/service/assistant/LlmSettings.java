package travel.confidence.service.assistant;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;

/**
 * The optional language model that rephrases the rules' answers: any server speaking the OpenAI-compatible
 * chat completions API ({@code POST {baseUrl}/v1/chat/completions}). Off by default. The API key is never
 * configured here: it is read from the environment variable named by {@code apiKeyVariable}.
 *
 * @param enabled        true to rephrase answers with the model
 * @param baseUrl        the server, e.g. {@code http://127.0.0.1:8000}; required when enabled
 * @param model          the model name the server expects; required when enabled
 * @param timeout        longest wait for the model; the assistant also never waits past its 2 s SLA
 * @param apiKeyVariable the environment variable holding the API key (sent as a bearer token when set)
 * @param maxTokens      longest answer the model may write
 */
@ConfigurationProperties(LlmSettings.PREFIX)
record LlmSettings(@Bindable(defaultValue = "false") boolean enabled,
                   @Nullable URI baseUrl,
                   @Nullable String model,
                   @Bindable(defaultValue = "1200ms") Duration timeout,
                   @Bindable(defaultValue = "CONFIDENCE_ASSISTANT_LLM_API_KEY") String apiKeyVariable,
                   @Bindable(defaultValue = "300") int maxTokens) {

    static final String PREFIX = "confidence.assistant.llm";
}
