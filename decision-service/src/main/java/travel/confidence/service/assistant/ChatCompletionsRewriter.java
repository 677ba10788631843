package travel.confidence.service.assistant;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rephrases the rules' answer with a model behind the OpenAI-compatible chat completions API. The prompt gives
 * the model the rules' answer and its data as the only facts; an answer that states a number those facts do
 * not hold (a made-up phone number, a wrong distance) is thrown away, as is any answer that comes too late or
 * with an error: then the rules' answer is served.
 */
@Singleton
@Requires(property = LlmSettings.PREFIX + ".enabled", value = "true")
class ChatCompletionsRewriter implements AnswerRewriter {

    private static final Logger LOG = LoggerFactory.getLogger(ChatCompletionsRewriter.class);
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final int MAX_ANSWER = 2000;
    private static final Duration MIN_BUDGET = Duration.ofMillis(100);

    @Serdeable
    record ChatMessage(String role, String content) {
    }

    @Serdeable
    record ChatRequest(String model, List<ChatMessage> messages, double temperature, int max_tokens) {
    }

    @Serdeable
    record Choice(@Nullable ChatMessage message) {
    }

    @Serdeable
    record ChatResponse(@Nullable List<Choice> choices) {
    }

    private final LlmSettings settings;
    private final JsonMapper json;
    private final HttpClient client;
    private final URI endpoint;

    ChatCompletionsRewriter(LlmSettings settings, JsonMapper json) {
        if (settings.baseUrl() == null || settings.model() == null || settings.model().isBlank()) {
            throw new IllegalStateException(LlmSettings.PREFIX + ".base-url and " + LlmSettings.PREFIX
                    + ".model must be set when " + LlmSettings.PREFIX + ".enabled is true");
        }
        this.settings = settings;
        this.json = json;
        String base = settings.baseUrl().toString().replaceAll("/+$", "");
        this.endpoint = URI.create(base + "/v1/chat/completions");
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public Optional<String> rewrite(Grounding grounding, Duration budget) {
        Duration wait = budget.compareTo(settings.timeout()) < 0 ? budget : settings.timeout();
        if (wait.compareTo(MIN_BUDGET) < 0) {
            return Optional.empty();
        }
        CompletableFuture<HttpResponse<String>> call = null;
        try {
            String facts = facts(grounding);
            byte[] body = json.writeValueAsBytes(new ChatRequest(settings.model(), List.of(
                    new ChatMessage("system", system(grounding.language())),
                    new ChatMessage("user", "Question: " + grounding.question() + "\n\n" + facts)), 0, settings.maxTokens()));
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(wait)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            String key = System.getenv(settings.apiKeyVariable());
            if (key != null && !key.isBlank()) {
                request.header("Authorization", "Bearer " + key.strip());
            }
            call = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            HttpResponse<String> response = call.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                LOG.warn("Language model answered HTTP {}; serving the rules' answer", response.statusCode());
                return Optional.empty();
            }
            return grounded(content(response.body()), facts);
        } catch (TimeoutException e) {
            LOG.info("Language model did not answer within {} ms; serving the rules' answer", wait.toMillis());
            call.cancel(true);
            return Optional.empty();
        } catch (ExecutionException | IOException | RuntimeException e) {
            LOG.warn("Language model call failed; serving the rules' answer: {}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<String> content(String body) throws IOException {
        ChatResponse response = json.readValue(body, ChatResponse.class);
        if (response == null || response.choices() == null || response.choices().isEmpty()
                || response.choices().get(0).message() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(response.choices().get(0).message().content()).map(String::strip)
                .filter(s -> !s.isEmpty() && s.length() <= MAX_ANSWER);
    }

    /** Keeps the answer only if every number in it is one the facts hold. */
    static Optional<String> grounded(Optional<String> answer, String facts) {
        if (answer.isEmpty()) {
            return answer;
        }
        Matcher numbers = NUMBER.matcher(answer.get());
        while (numbers.find()) {
            if (!facts.contains(numbers.group())) {
                LOG.warn("Language model stated {} which the facts do not hold; serving the rules' answer", numbers.group());
                return Optional.empty();
            }
        }
        return answer;
    }

    private String facts(Grounding grounding) throws IOException {
        Map<String, Object> data = new LinkedHashMap<>();
        grounding.actions().forEach(a -> data.put(a.type(), a.data()));
        return "Facts (our answer):\n" + grounding.answer() + "\n\nFacts (data):\n"
                + new String(json.writeValueAsBytes(data), StandardCharsets.UTF_8);
    }

    private static String system(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return "You are the in-trip assistant of a travel app. Answer the traveller's question in " + name
                + ", in at most five plain sentences, using ONLY the facts given. Keep every phone number, number,"
                + " name and advisory level exactly as written. Never add places, numbers or advice the facts do not"
                + " hold. If the facts do not answer the question, say so.";
    }
}
