package travel.confidence.service.apidocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the subset of TypeScript the seed's interfaces use: {@code interface Name { ... }} with fields
 * ({@code name: type;}, {@code name?: type;} for optional ones), the types string, number, boolean and any,
 * unions of string literals, arrays ({@code T[]}), nested object literals and references to other interfaces.
 * Comments are ignored. Anything else is an error, so a seed the parser does not understand cannot pass silently.
 */
final class TypeScriptInterfaces {

    sealed interface Type permits Primitive, Literals, ArrayOf, ObjectOf, Named {
    }

    /** string, number, boolean or any. */
    record Primitive(String name) implements Type {
    }

    /** A union of string literals: an enumeration. */
    record Literals(Set<String> values) implements Type {
    }

    record ArrayOf(Type items) implements Type {
    }

    record ObjectOf(List<Field> fields) implements Type {
    }

    /** Another interface, by name. */
    record Named(String name) implements Type {
    }

    record Field(String name, boolean optional, Type type) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s*(?:(//[^\\n]*)|('[^']*')|([A-Za-z_][A-Za-z0-9_]*)|([{}:;?\\[\\]|]))");
    private static final Set<String> PRIMITIVES = Set.of("string", "number", "boolean", "any");

    private final List<String> tokens = new ArrayList<>();
    private int next;

    private TypeScriptInterfaces(String source) {
        Matcher m = TOKEN.matcher(source);
        int at = 0;
        while (at < source.length()) {
            if (source.substring(at).isBlank()) {
                break;
            }
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("Not in the TypeScript subset at: "
                        + source.substring(at, Math.min(source.length(), at + 40)));
            }
            if (m.group(1) == null) {
                tokens.add(m.group().strip());
            }
            at = m.end();
        }
    }

    /** Every interface in the text, by name, in the order written. */
    static Map<String, ObjectOf> parse(String source) {
        TypeScriptInterfaces parser = new TypeScriptInterfaces(source);
        Map<String, ObjectOf> interfaces = new LinkedHashMap<>();
        while (parser.next < parser.tokens.size()) {
            parser.expect("interface");
            String name = parser.identifier();
            interfaces.put(name, parser.objectLiteral());
        }
        return interfaces;
    }

    private ObjectOf objectLiteral() {
        expect("{");
        List<Field> fields = new ArrayList<>();
        while (!peek().equals("}")) {
            String name = identifier();
            boolean optional = peek().equals("?");
            if (optional) {
                next++;
            }
            expect(":");
            fields.add(new Field(name, optional, type()));
            expect(";");
        }
        expect("}");
        return new ObjectOf(List.copyOf(fields));
    }

    private Type type() {
        Type type;
        if (peek().equals("{")) {
            type = objectLiteral();
        } else if (peek().startsWith("'")) {
            Set<String> values = new LinkedHashSet<>();
            values.add(literal());
            while (peek().equals("|")) {
                next++;
                values.add(literal());
            }
            type = new Literals(Set.copyOf(values));
        } else {
            String name = identifier();
            type = PRIMITIVES.contains(name) ? new Primitive(name) : new Named(name);
        }
        while (peek().equals("[")) {
            next++;
            expect("]");
            type = new ArrayOf(type);
        }
        return type;
    }

    private String literal() {
        String token = take();
        if (!token.startsWith("'")) {
            throw new IllegalArgumentException("Expected a string literal, found " + token);
        }
        return token.substring(1, token.length() - 1);
    }

    private String identifier() {
        String token = take();
        if (!Character.isLetter(token.charAt(0)) && token.charAt(0) != '_') {
            throw new IllegalArgumentException("Expected a name, found " + token);
        }
        return token;
    }

    private void expect(String token) {
        String found = take();
        if (!found.equals(token)) {
            throw new IllegalArgumentException("Expected " + token + ", found " + found + " (token " + next + ")");
        }
    }

    private String peek() {
        if (next >= tokens.size()) {
            throw new IllegalArgumentException("Unexpected end of the interfaces");
        }
        return tokens.get(next);
    }

    private String take() {
        String token = peek();
        next++;
        return token;
    }
}
