package travel.confidence.rules.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Turns a decision table in Drools' CSV layout into DRL. We compile the generated DRL ourselves (rather
 * than handing the table to Drools) so that a compile error can be traced back to the table row it came from.
 */
final class DecisionTables {

    private static final Pattern ROW_MARKER = Pattern.compile("// rule values at [A-Z]+(\\d+)");

    private DecisionTables() {
    }

    static String toDrl(String csv) {
        return new SpreadsheetCompiler().compile(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), InputType.CSV);
    }

    /** The table row (1-based) whose generated rule contains the given DRL line, or null. */
    static Integer rowOfDrlLine(String drl, int drlLine) {
        String[] lines = drl.split("\n");
        for (int i = Math.min(drlLine, lines.length) - 1; i >= 0; i--) {
            Matcher m = ROW_MARKER.matcher(lines[i]);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }
}
