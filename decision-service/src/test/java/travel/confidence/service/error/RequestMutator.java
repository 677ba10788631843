package travel.confidence.service.error;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes one malformed request from a valid one: a field missing, added, of the wrong type, null, at a boundary,
 * huge, deeply nested, badly encoded or hostile; broken JSON; no object at all; the wrong content type, method,
 * path, query or headers; or a request line no HTTP library would write. Every choice comes from the given
 * {@link Random}, so a seed and an index give the same request again.
 */
final class RequestMutator {

    /** What was done to the valid request, with how often (relative weight). */
    enum Kind {
        VALID(3), MISSING_FIELD(9), EXTRA_FIELD(7), WRONG_TYPE(12), NULL_VALUE(5), BOUNDARY_NUMBER(5), HUGE_STRING(4),
        HUGE_ARRAY(4), DEEP_NESTING(3), BAD_UNICODE(7), INJECTION(9), BROKEN_JSON(9), NOT_AN_OBJECT(4),
        WRONG_CONTENT_TYPE(6), WRONG_METHOD(5), PATH_JUNK(6), QUERY_JUNK(4), HEADER_JUNK(4), RAW_REQUEST(3);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    static final int MAX_BODY = 950_000; // under the service's 1 MB limit: the limit itself is tested on its own

    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE console_user; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(10); --",
            "admin'--", "Robert'); DROP TABLE profile;--", "{\"$gt\": \"\"}", "$where", "this.password.length > 0",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/",
            "${jndi:ldap://127.0.0.1:1/a}", "#{7*7}", "{{7*7}}", "${7*7}", "%s%s%s%s%n", "\r\nSet-Cookie: hacked=1",
            "*)(uid=*))(|(uid=*", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "\u0000", "\u202eevil", "\ufeff", "😀😀😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "null", "undefined", "NaN", "-0", "\\", "\"", "", " ");
    private static final List<String> PATH_JUNK = List.of(
            "", " ", ".", "..", "../../etc/passwd", "..%2F..%2Fetc", "\u0000", "%00", "<script>", "' OR 1=1 --",
            "😀", "ü", "a/b", "a?b=c", "a#b", "\r\n", "{$gt:''}", "-1", "0", "99999999999999999999", "1.5", "NaN",
            "null", "true", "[]");
    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json; charset=utf-16", "application/json; charset=nope", "image/png", "*/*",
            "application/octet-stream", "application/json;;;", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "text/csv", "application/json", "APPLICATION/JSON", "json", "", "application/problem+json");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    private final Random random;
    private final String adminAuthorization;

    RequestMutator(Random random, String adminAuthorization) {
        this.random = random;
        this.adminAuthorization = adminAuthorization;
    }

    FuzzRequest mutate(FuzzRoute route) {
        Kind kind = pick();
        FuzzRequest request = new FuzzRequest(route.name(), route.method(), path(route, null));
        if (route.admin() && random.nextInt(10) > 0) {
            request.headers.put("Authorization", adminAuthorization);
        }
        Object json = route.json() == null ? null : withNow(FuzzJson.copy(route.json()));
        if (json != null) {
            request.json(FuzzJson.write(json));
        } else if (route.text() != null) {
            request.body = route.text().getBytes(StandardCharsets.UTF_8);
            request.headers.put("Content-Type", route.contentType());
        }
        if (!route.hasBody() && isBodyMutation(kind)) {
            // Nothing to mutate in the body: send one the route does not expect, or fuzz the address instead.
            kind = random.nextBoolean() ? Kind.PATH_JUNK : Kind.QUERY_JUNK;
            if (random.nextInt(3) == 0) {
                request.json(FuzzJson.write(randomValue(3)));
                kind = Kind.EXTRA_FIELD;
            }
        }
        request.mutation = kind.name();
        apply(kind, route, request, json);
        return request;
    }

    private void apply(Kind kind, FuzzRoute route, FuzzRequest request, Object json) {
        switch (kind) {
            case VALID -> {
            }
            case MISSING_FIELD -> tree(request, json, this::removeField);
            case EXTRA_FIELD -> tree(request, json, node -> addField(node, randomKey(), randomValue(2)));
            case WRONG_TYPE -> tree(request, json, node -> replaceLeaf(node, wrongType()));
            case NULL_VALUE -> tree(request, json, node -> replaceLeaf(node, null));
            case BOUNDARY_NUMBER -> tree(request, json, node -> replaceLeaf(node, boundaryNumber()));
            case HUGE_STRING -> tree(request, json, node -> replaceLeaf(node, hugeString()));
            case HUGE_ARRAY -> tree(request, json, node -> replaceLeaf(node, hugeArray()));
            case DEEP_NESTING -> request.json(deepNesting());
            case BAD_UNICODE -> badUnicode(request, json);
            case INJECTION -> tree(request, json, node -> replaceLeaf(node, injection()));
            case BROKEN_JSON -> request.body = broken(request.body == null ? "{}" : new String(request.body, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            case NOT_AN_OBJECT -> request.json(List.of("[]", "[{}]", "\"text\"", "42", "true", "null", "", "   ", "[" + FuzzJson.write(json) + "]")
                    .get(random.nextInt(9)));
            case WRONG_CONTENT_TYPE -> {
                String type = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
                if (type.isEmpty()) {
                    request.headers.remove("Content-Type");
                } else {
                    request.headers.put("Content-Type", type);
                }
                if (request.body == null) {
                    request.body = "{}".getBytes(StandardCharsets.UTF_8);
                }
            }
            case WRONG_METHOD -> {
                List<String> others = new ArrayList<>(METHODS);
                others.remove(route.method());
                request.method = others.get(random.nextInt(others.size()));
            }
            case PATH_JUNK -> request.path = path(route, PATH_JUNK.get(random.nextInt(PATH_JUNK.size())));
            case QUERY_JUNK -> request.path = request.path + (request.path.contains("?") ? "&" : "?") + junkQuery();
            case HEADER_JUNK -> junkHeader(request);
            case RAW_REQUEST -> raw(request);
            default -> throw new IllegalStateException(kind.name());
        }
        if (request.body != null && request.body.length > MAX_BODY) {
            request.body = java.util.Arrays.copyOf(request.body, MAX_BODY);
            request.mutation += "+TRUNCATED";
        }
    }

    private Kind pick() {
        int total = 0;
        for (Kind kind : Kind.values()) {
            total += kind.weight;
        }
        int roll = random.nextInt(total);
        for (Kind kind : Kind.values()) {
            roll -= kind.weight;
            if (roll < 0) {
                return kind;
            }
        }
        return Kind.VALID;
    }

    private static boolean isBodyMutation(Kind kind) {
        return switch (kind) {
            case MISSING_FIELD, EXTRA_FIELD, WRONG_TYPE, NULL_VALUE, BOUNDARY_NUMBER, HUGE_STRING, HUGE_ARRAY, INJECTION,
                 BAD_UNICODE, BROKEN_JSON -> true;
            default -> false;
        };
    }

    /** Mutates the JSON tree if there is one, else the text body. */
    private void tree(FuzzRequest request, Object json, java.util.function.Consumer<Object> mutation) {
        if (json == null) {
            String replacement = switch (random.nextInt(4)) {
                case 0 -> hugeString();
                case 1 -> injection() instanceof String s ? s : "{}";
                case 2 -> "";
                default -> randomText(random.nextInt(2000));
            };
            request.body = replacement.getBytes(StandardCharsets.UTF_8);
            return;
        }
        mutation.accept(json);
        String contentType = request.headers.get("Content-Type");
        request.json(FuzzJson.write(json));
        if (contentType != null) {
            request.headers.put("Content-Type", contentType);
        }
    }

    /** Every place in a tree a value sits: the container and the key (a String for maps, an Integer for lists). */
    private static void places(Object node, List<Object[]> found) {
        if (node instanceof Map<?, ?> map) {
            for (Object key : new ArrayList<>(map.keySet())) {
                found.add(new Object[] {node, key});
                places(map.get(key), found);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                found.add(new Object[] {node, i});
                places(list.get(i), found);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void removeField(Object root) {
        List<Object[]> places = new ArrayList<>();
        places(root, places);
        if (places.isEmpty()) {
            return;
        }
        Object[] place = places.get(random.nextInt(places.size()));
        if (place[0] instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).remove((String) place[1]);
        } else {
            ((List<Object>) place[0]).remove((int) (Integer) place[1]);
        }
    }

    @SuppressWarnings("unchecked")
    private void addField(Object root, String key, Object value) {
        List<Object> containers = new ArrayList<>();
        containers.add(root);
        List<Object[]> places = new ArrayList<>();
        places(root, places);
        for (Object[] place : places) {
            Object child = place[0] instanceof Map<?, ?> m ? m.get(place[1]) : ((List<?>) place[0]).get((Integer) place[1]);
            if (child instanceof Map || child instanceof List) {
                containers.add(child);
            }
        }
        Object target = containers.get(random.nextInt(containers.size()));
        if (target instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(key, value);
        } else if (target instanceof List<?> list) {
            ((List<Object>) list).add(random.nextInt(list.size() + 1), value);
        }
    }

    @SuppressWarnings("unchecked")
    private void replaceLeaf(Object root, Object value) {
        List<Object[]> places = new ArrayList<>();
        places(root, places);
        if (places.isEmpty()) {
            addField(root, randomKey(), value);
            return;
        }
        Object[] place = places.get(random.nextInt(places.size()));
        if (place[0] instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put((String) place[1], value);
        } else {
            ((List<Object>) place[0]).set((Integer) place[1], value);
        }
    }

    private Object wrongType() {
        return switch (random.nextInt(9)) {
            case 0 -> "text";
            case 1 -> random.nextInt(1000) - 500;
            case 2 -> random.nextDouble() * 1e6;
            case 3 -> random.nextBoolean();
            case 4 -> new ArrayList<>(List.of("a", 1, true));
            case 5 -> new LinkedHashMap<>(Map.of("nested", "object"));
            case 6 -> new ArrayList<>();
            case 7 -> new LinkedHashMap<>();
            default -> "2027-02-30";
        };
    }

    private Object boundaryNumber() {
        List<String> numbers = List.of("-1", "0", "-0", "1e308", "-1e308", "1e999999", "-1e999999", "9223372036854775808",
                "-9223372036854775809", "2147483648", "1.5", "0.0000000000000000000001", "1e-400", "NaN", "Infinity", "-Infinity",
                "00012", "1" + "0".repeat(400), "0x10", "+1", ".5", "5.", "1E+2");
        return new FuzzJson.Raw(numbers.get(random.nextInt(numbers.size())));
    }

    private String hugeString() {
        return randomText(skewed(10_000, MAX_BODY / 4));
    }

    /** Mostly near {@code min}, now and then up to {@code max}: big bodies cost time, and a few of them find as much. */
    private int skewed(int min, int max) {
        double r = random.nextDouble();
        return min + (int) ((max - min) * r * r * r);
    }

    private String randomText(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,;:!?'éüß漢字";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private List<Object> hugeArray() {
        int size = skewed(1_000, 100_000);
        List<Object> array = new ArrayList<>(size);
        Object element = switch (random.nextInt(5)) {
            case 0 -> "en";
            case 1 -> 1;
            case 2 -> new LinkedHashMap<>();
            case 3 -> "JP";
            default -> new ArrayList<>();
        };
        for (int i = 0; i < size; i++) {
            array.add(element);
        }
        return array;
    }

    private String deepNesting() {
        int depth = skewed(500, 200_000);
        boolean arrays = random.nextBoolean();
        StringBuilder body = new StringBuilder("{\"userId\":");
        for (int i = 0; i < depth; i++) {
            body.append(arrays ? "[" : "{\"a\":");
        }
        body.append("1");
        for (int i = 0; i < depth; i++) {
            body.append(arrays ? "]" : "}");
        }
        return body.append('}').toString();
    }

    private Object injection() {
        return switch (random.nextInt(8)) {
            case 0 -> new LinkedHashMap<>(Map.of("$gt", ""));
            case 1 -> new LinkedHashMap<>(Map.of("$where", "sleep(1000)"));
            case 2 -> new LinkedHashMap<>(Map.of("$ne", new FuzzJson.Raw("null")));
            default -> INJECTIONS.get(random.nextInt(INJECTIONS.size()));
        };
    }

    private void badUnicode(FuzzRequest request, Object json) {
        String sentinel = "BADUNICODESENTINEL";
        if (json != null) {
            replaceLeaf(json, sentinel);
            request.json(FuzzJson.write(json));
        } else {
            request.body = sentinel.getBytes(StandardCharsets.UTF_8);
        }
        byte[][] bad = {
                {(byte) 0xC3, 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                "\\ud800".getBytes(StandardCharsets.US_ASCII), "\\udfff\\ud800".getBytes(StandardCharsets.US_ASCII),
                "\\u0000".getBytes(StandardCharsets.US_ASCII), "\\uZZZZ".getBytes(StandardCharsets.US_ASCII),
                "\\".getBytes(StandardCharsets.US_ASCII), {0x00}, {(byte) 0xE2, (byte) 0x80, (byte) 0xAE}};
        byte[] replacement = bad[random.nextInt(bad.length)];
        String text = new String(request.body, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(sentinel);
        byte[] out = new byte[request.body.length - sentinel.length() + replacement.length];
        System.arraycopy(request.body, 0, out, 0, at);
        System.arraycopy(replacement, 0, out, at, replacement.length);
        System.arraycopy(request.body, at + sentinel.length(), out, at + replacement.length, request.body.length - at - sentinel.length());
        request.body = out;
        if (random.nextInt(6) == 0) {
            byte[] withBom = new byte[out.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(out, 0, withBom, 3, out.length);
            request.body = withBom;
        } else if (random.nextInt(6) == 0) {
            request.body = new String(out, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
        }
    }

    private String broken(String json) {
        return switch (random.nextInt(12)) {
            case 0 -> json.substring(0, random.nextInt(Math.max(1, json.length())));
            case 1 -> json.replaceFirst("[}\\]]", "");
            case 2 -> json.replaceFirst("[:,]", "");
            case 3 -> json + "}}}";
            case 4 -> json + ",{\"extra\":1}";
            case 5 -> json.replace('"', '\'');
            case 6 -> "/* comment */" + json;
            case 7 -> json.replaceFirst("}$", ",}");
            case 8 -> json.replaceFirst("\\{", "{\"userId\":\"someone-else\",");
            case 9 -> json.replaceAll("\"([A-Za-z]+)\":", "$1:");
            case 10 -> "{\"a\":NaN,\"b\":Infinity}";
            default -> json.isEmpty() ? "{" : json.substring(0, json.length() / 2) + "\u0000" + json.substring(json.length() / 2);
        };
    }

    private String junkQuery() {
        List<String> names = List.of("page", "size", "region", "includeInactive", "path", "destinationId", "kind", "status",
                "from", "to", "userId", "targetType", "preferredFormat", "x", "", "page[]", "size.max");
        List<String> values = List.of("-1", "0", "abc", "99999999999999", "1e3", "<script>", "maybe", "../../etc/passwd",
                "%00", "%E2%80%AE", "%F0%9F%98%80", "", "2026-13-45T99:99:99Z", "null", "1.5", "' OR 1=1",
                "a".repeat(3000), "%25", "true&true", "[]");
        StringBuilder query = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                query.append('&');
            }
            query.append(names.get(random.nextInt(names.size()))).append('=').append(values.get(random.nextInt(values.size())));
        }
        return query.toString();
    }

    private void junkHeader(FuzzRequest request) {
        switch (random.nextInt(7)) {
            case 0 -> request.headers.put("Accept", List.of("application/xml", "text/html", "image/*", "nothing/at-all", "*/*;q=0")
                    .get(random.nextInt(5)));
            case 1 -> request.headers.put("If-Match", List.of("\"x\"", "*", "W/\"1\"", "\"" + "9".repeat(40) + "\"", "garbage")
                    .get(random.nextInt(5)));
            case 2 -> request.headers.put("Authorization", List.of("Bearer ", "Bearer a.b.c", "Basic Og==", "Bearer " + "x".repeat(6000),
                    "Negotiate abc", "bearer " + adminAuthorization.substring(7)).get(random.nextInt(6)));
            case 3 -> request.headers.put("Accept-Language", "xx-" + "Y".repeat(random.nextInt(300)));
            case 4 -> request.headers.put("X-Forwarded-For", List.of("not-an-ip", "1.2.3.4, <script>", "::ffff:999.1.1.1", "")
                    .get(random.nextInt(4)));
            case 5 -> request.headers.put("Origin", List.of("null", "https://evil.example.net", "file://", "http://[::1]")
                    .get(random.nextInt(4)));
            default -> request.headers.put("Content-Type", "application/json; charset=\"" + randomText(20) + "\"");
        }
    }

    private void raw(FuzzRequest request) {
        request.raw = true;
        String segment = List.of("%ZZ", "%", "%C0%AF", "%FF%FE", "\u00e9", "\u6f22", "a%2", "%uD800", "<>", "|", "^", "`", "{x}",
                "a".repeat(9000)).get(random.nextInt(14));
        int cut = request.path.indexOf('?');
        String path = cut < 0 ? request.path : request.path.substring(0, cut);
        request.path = switch (random.nextInt(4)) {
            case 0 -> path + "/" + segment;
            case 1 -> path.substring(0, path.lastIndexOf('/') + 1) + segment;
            case 2 -> path + "?q=" + segment;
            default -> "http://127.0.0.1:1" + path;
        };
    }

    private String path(FuzzRoute route, String junk) {
        String path = route.template();
        String junkVariable = junk == null || route.variables().isEmpty() ? null
                : route.variables().get(random.nextInt(route.variables().size()));
        for (String variable : route.variables()) {
            String value;
            if (variable.equals(junkVariable)) {
                value = junk;
            } else {
                List<String> candidates = route.pathValues().getOrDefault(variable, List.of("fuzz"));
                value = candidates.get(random.nextInt(candidates.size()));
            }
            path = path.replace("{" + variable + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if (junk != null && junkVariable == null) {
            path = switch (random.nextInt(4)) {
                case 0 -> path + "/";
                case 1 -> path + "/" + URLEncoder.encode(junk, StandardCharsets.UTF_8);
                case 2 -> path.replaceFirst("/", "//");
                default -> path + "/..";
            };
        }
        return route.query() == null || route.query().isEmpty() ? path : path + "?" + route.query();
    }

    private String randomKey() {
        List<String> keys = List.of("extra", "userId", "__proto__", "constructor", "$where", "", "😀", "a".repeat(500), "class",
                "@type", "password", "role");
        return keys.get(random.nextInt(keys.size()));
    }

    private Object randomValue(int depth) {
        return switch (depth <= 0 ? random.nextInt(4) : random.nextInt(6)) {
            case 0 -> randomText(random.nextInt(40));
            case 1 -> random.nextInt();
            case 2 -> random.nextBoolean();
            case 3 -> null;
            case 4 -> new ArrayList<>(java.util.Arrays.asList(randomValue(depth - 1), randomValue(depth - 1)));
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("k", randomValue(depth - 1));
                yield object;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Object withNow(Object node) {
        if (node instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).replaceAll((k, v) -> withNow(v));
            return map;
        }
        if (node instanceof List<?> list) {
            ((List<Object>) list).replaceAll(RequestMutator::withNow);
            return list;
        }
        return "${now}".equals(node) ? Instant.now().toString() : node;
    }
}
