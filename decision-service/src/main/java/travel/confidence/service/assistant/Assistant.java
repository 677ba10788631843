package travel.confidence.service.assistant;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.assistant.AssistantRequest;
import travel.confidence.api.assistant.AssistantResponse;
import travel.confidence.api.score.UserLocation;
import travel.confidence.data.conversation.ConversationStore;
import travel.confidence.data.conversation.ConversationTurn;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.score.ContextSource.Location;
import travel.confidence.service.tripmode.TripModes;

/**
 * Answers one question within the seed's 2 s: checks trip mode, reads the conversation's previous turn, lets
 * the rules answer, lets the optional language model rephrase within what time is left, and keeps the turn.
 * Whatever fails or runs late in answering, the traveller still gets the static emergency information (seed:
 * Error Handling 8), never an error. Built at start, so the phrasebook, places and rules are loaded before the
 * first question.
 */
@Context
class Assistant {

    private static final Logger LOG = LoggerFactory.getLogger(Assistant.class);
    /** Time kept back from the deadline for storing the turn and sending the answer. */
    static final Duration RESERVE = Duration.ofMillis(400);
    /** Longest wait for the previous turn or for storing this one: the conversation must not cost the answer. */
    static final Duration STORE_WAIT = Duration.ofMillis(200);

    private final TripModes tripModes;
    private final DestinationCatalogue catalogue;
    private final IntentRules rules;
    private final RuleBasedAnswers answers;
    private final StaticEmergencyInfo staticInfo;
    private final ConversationStore conversations;
    private final AnswerRewriter rewriter;
    private final AssistantSettings settings;
    private final Clock clock;
    private final ExecutorService executor;

    Assistant(TripModes tripModes, DestinationCatalogue catalogue, IntentRules rules, RuleBasedAnswers answers,
              StaticEmergencyInfo staticInfo, ConversationStore conversations, @Nullable AnswerRewriter rewriter,
              AssistantSettings settings, Clock clock) {
        this.tripModes = tripModes;
        this.catalogue = catalogue;
        this.rules = rules;
        this.answers = answers;
        this.staticInfo = staticInfo;
        this.conversations = conversations;
        this.rewriter = rewriter;
        this.settings = settings;
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(2, settings.threads()), r -> {
            Thread t = new Thread(r, "assistant-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    AssistantResponse ask(AssistantRequest request) {
        long started = System.nanoTime();
        String language = Messages.replyLanguage(request.context().language());
        DestinationRecord destination = catalogue.find(request.context().currentDestination())
                .orElseThrow(() -> InvalidInputException.field("context.currentDestination",
                        "is not a destination we know (use an ISO 3166-1 alpha-2 code such as ES)"));
        String conversationId = request.conversationId() != null ? request.conversationId() : newConversationId();
        boolean active;
        try {
            active = tripModes.isActive(request.userId());
        } catch (RuntimeException e) {
            LOG.warn("Trip mode of {} could not be read; serving static emergency information: {}", request.userId(), e.toString());
            return respond(staticInfo.answer(destination.id(), language), conversationId, language, "static-emergency", started);
        }
        if (!active) {
            throw new TripModeInactiveException();
        }
        try {
            return answer(request, destination, language, conversationId, started);
        } catch (RuntimeException | ExecutionException | TimeoutException e) {
            LOG.warn("The assistant failed for {} ({}); serving static emergency information: {}", request.userId(),
                    destination.id(), e.toString());
            return respond(staticInfo.answer(destination.id(), language), conversationId, language, "static-emergency", started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return respond(staticInfo.answer(destination.id(), language), conversationId, language, "static-emergency", started);
        }
    }

    private AssistantResponse answer(AssistantRequest request, DestinationRecord destination, String language,
                                     String conversationId, long started)
            throws ExecutionException, TimeoutException, InterruptedException {
        Optional<ConversationTurn> last = previousTurn(conversationId);
        if (last.isPresent() && !last.get().userId().equals(request.userId())) {
            // Someone else's conversation: never build on it, start a new one.
            conversationId = newConversationId();
            last = Optional.empty();
        }
        Understood previous = last.map(t -> new Understood(Intent.byWire(t.intent()), t.topic(), false)).orElse(null);
        UserLocation at = request.context().currentLocation();
        Location location = at == null ? null : new Location(at.latitude(), at.longitude());
        Future<Answer> answering = executor.submit(() -> answers.answer(new Question(request.query(), language,
                destination, location, rules.read(request.query(), previous), clock.instant())));
        Answer answer;
        try {
            answer = answering.get(left(started).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answering.cancel(true);
            throw e;
        }

        String text = answer.text();
        String answeredBy = "rules";
        if (rewriter != null && answer.intent() != null) {
            Optional<String> rephrased = rewriter.rewrite(new Grounding(request.query(), language, answer.text(),
                    answer.actions()), left(started));
            if (rephrased.isPresent()) {
                text = rephrased.get();
                answeredBy = "llm";
            }
        }
        int turn = last.map(t -> t.turn() + 1).orElse(1);
        ConversationTurn record = new ConversationTurn(conversationId, request.userId(), request.tripId(), turn,
                clock.instant(), request.query(), language, destination.id(),
                answer.intent() == null ? null : answer.intent().wire(), answer.topic(), text, answeredBy);
        keep(record);
        return respond(new Answer(text, answer.actions(), answer.intent(), answer.topic()), conversationId, language,
                answeredBy, started);
    }

    /** What is left of the time budget once the reserve for storing and sending is kept back (never negative). */
    private Duration left(long started) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Duration left = settings.sla().minus(RESERVE).minus(elapsed);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Optional<ConversationTurn> previousTurn(String conversationId) {
        return bounded(() -> conversations.last(conversationId), "read the conversation").flatMap(o -> o);
    }

    private void keep(ConversationTurn turn) {
        bounded(() -> {
            conversations.append(turn);
            return Boolean.TRUE;
        }, "store the conversation turn");
    }

    /** Runs a store call for at most {@link #STORE_WAIT}; a slower call goes on in the background. */
    private <T> Optional<T> bounded(Callable<T> call, String what) {
        Future<T> future = executor.submit(call);
        try {
            return Optional.ofNullable(future.get(STORE_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            LOG.warn("Could not {} within {} ms; answering without waiting for it", what, STORE_WAIT.toMillis());
            return Optional.empty();
        } catch (ExecutionException e) {
            LOG.warn("Could not {}: {}", what, e.getCause() == null ? e.toString() : e.getCause().toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static AssistantResponse respond(Answer answer, String conversationId, String language, String answeredBy,
                                             long started) {
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        List<travel.confidence.api.assistant.AssistantAction> actions = answer.actions();
        return new AssistantResponse(answer.text(), actions, conversationId, millis,
                answer.intent() == null ? null : answer.intent().wire(), language, answeredBy);
    }

    private static String newConversationId() {
        return UUID.randomUUID().toString();
    }
}
