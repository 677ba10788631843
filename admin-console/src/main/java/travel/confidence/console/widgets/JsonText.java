package travel.confidence.console.widgets;

/**
 * Lays out JSON text with one member per line and two spaces per level, so a before/after pair can be read and
 * compared. Only whitespace outside strings changes, except that a string's escaped line breaks ({@code \n}) are
 * shown as line breaks, so a file recorded in the audit reads as a file. Text that is not JSON comes back as it was.
 */
public final class JsonText {

    private JsonText() {
    }

    public static String pretty(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        String text = json.strip();
        if (!(text.startsWith("{") || text.startsWith("["))) {
            return json;
        }
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                    if (c == 'n') {
                        // Replace the "\n" just written with a real line break, indented under the string.
                        out.setLength(out.length() - 2);
                        out.append('\n').append("  ".repeat(depth + 1));
                    }
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case '{', '[' -> {
                    char closing = c == '{' ? '}' : ']';
                    int next = nextNonSpace(text, i + 1);
                    if (next < text.length() && text.charAt(next) == closing) {
                        out.append(c).append(closing);
                        i = next;
                    } else {
                        depth++;
                        out.append(c).append('\n').append("  ".repeat(depth));
                    }
                }
                case '}', ']' -> {
                    depth = Math.max(0, depth - 1);
                    out.append('\n').append("  ".repeat(depth)).append(c);
                }
                case ',' -> out.append(",\n").append("  ".repeat(depth));
                case ':' -> out.append(": ");
                case ' ', '\n', '\r', '\t' -> {
                    // Layout whitespace is replaced by ours.
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int nextNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
