package travel.confidence.service.assistant;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import travel.confidence.data.place.SearchKey;

/**
 * The intent rules of {@code assistant/intents.csv}: which words point to which capability and topic, in
 * English, Spanish, French and German. How they are weighed is described in the file itself, for the product
 * staff who edit it. A file that cannot be read fails at start with the line and what is wrong.
 */
@Singleton
class IntentRules {

    static final String RESOURCE = "assistant/intents.csv";
    static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "de");

    /** One row: the phrases of an intent (and topic) in one language, each worth {@code weight} points. */
    record Rule(Intent intent, @Nullable String topic, String language, int weight, List<Pattern> phrases, long line) {
    }

    private final List<Rule> rules;
    /** Intents in the order they first appear in the file: the order that breaks ties. */
    private final List<Intent> order;

    IntentRules() {
        this(read(RESOURCE));
    }

    IntentRules(String csv) {
        this.rules = parse(csv);
        this.order = rules.stream().map(Rule::intent).distinct().toList();
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * Reads a question. {@code previous} is what the question before it in the conversation was about, or
     * null; it decides follow-ups.
     */
    Understood read(String question, @Nullable Understood previous) {
        String text = " " + SearchKey.of(question) + " ";
        Map<Intent, Integer> cuePoints = new EnumMap<>(Intent.class);
        Map<Intent, Map<String, Integer>> topicPoints = new EnumMap<>(Intent.class);
        for (Rule rule : rules) {
            int points = (int) rule.phrases().stream().filter(p -> p.matcher(text).find()).count() * rule.weight();
            if (points == 0) {
                continue;
            }
            if (rule.topic() == null) {
                cuePoints.merge(rule.intent(), points, Integer::sum);
            } else {
                topicPoints.computeIfAbsent(rule.intent(), k -> new LinkedHashMap<>()).merge(rule.topic(), points, Integer::sum);
            }
        }
        boolean followUpCandidate = cuePoints.isEmpty() && previous != null && previous.intent().isPresent();
        if (followUpCandidate) {
            Intent earlier = previous.intent().get();
            Optional<String> topic = bestTopic(topicPoints.get(earlier));
            if (topic.isPresent()) {
                return new Understood(Optional.of(earlier), topic.get(), true);
            }
            if (topicPoints.isEmpty()) {
                return new Understood(Optional.of(earlier), previous.topic(), true);
            }
        }
        Optional<Intent> best = order.stream()
                .filter(i -> cuePoints.containsKey(i) || topicPoints.containsKey(i))
                .max(Comparator.comparingInt((Intent i) -> points(i, cuePoints, topicPoints))
                        .thenComparing(i -> -order.indexOf(i)));
        return best.map(i -> new Understood(Optional.of(i), bestTopic(topicPoints.get(i)).orElse(null), false))
                .orElse(Understood.nothing());
    }

    private static int points(Intent intent, Map<Intent, Integer> cues, Map<Intent, Map<String, Integer>> topics) {
        int topic = topics.getOrDefault(intent, Map.of()).values().stream().max(Integer::compare).orElse(0);
        return cues.getOrDefault(intent, 0) + topic;
    }

    /** The topic with the most points; the first listed on a tie (a LinkedHashMap keeps the file's order). */
    private static Optional<String> bestTopic(@Nullable Map<String, Integer> points) {
        if (points == null || points.isEmpty()) {
            return Optional.empty();
        }
        int max = points.values().stream().max(Integer::compare).orElse(0);
        return points.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey).findFirst();
    }

    private static List<Rule> parse(String csv) {
        String withoutComments = csv.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        List<Rule> parsed = new ArrayList<>();
        try {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(new StringReader(withoutComments))) {
                parsed.add(rule(row));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
        if (parsed.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no rules");
        }
        return List.copyOf(parsed);
    }

    private static Rule rule(CSVRecord row) {
        String where = RESOURCE + ", rule " + row.getRecordNumber() + ": ";
        Intent intent = Intent.byWire(row.get("intent"))
                .orElseThrow(() -> new IllegalStateException(where + "unknown intent '" + row.get("intent") + "'"));
        String language = row.get("language");
        if (!LANGUAGES.contains(language)) {
            throw new IllegalStateException(where + "unknown language '" + language + "'");
        }
        int weight;
        try {
            weight = Integer.parseInt(row.get("weight"));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(where + "weight '" + row.get("weight") + "' is not a whole number");
        }
        List<Pattern> phrases = new ArrayList<>();
        for (String phrase : row.get("phrases").split("\\|")) {
            boolean prefix = phrase.strip().endsWith("*");
            String key = SearchKey.of(prefix ? phrase.strip().substring(0, phrase.strip().length() - 1) : phrase);
            if (key.isEmpty()) {
                throw new IllegalStateException(where + "an empty phrase");
            }
            phrases.add(Pattern.compile(" " + Pattern.quote(key) + (prefix ? "\\S*" : "") + " "));
        }
        String topic = row.get("topic").isBlank() ? null : row.get("topic");
        return new Rule(intent, topic, language, weight, List.copyOf(phrases), row.getRecordNumber());
    }

    static String read(String resource) {
        try (InputStream in = IntentRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
