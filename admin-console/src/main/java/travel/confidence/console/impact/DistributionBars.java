package travel.confidence.console.impact;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import travel.confidence.console.decisionservice.ImpactReport;

/**
 * The histogram of score moves as horizontal bars drawn with plain CSS (no chart component): one row per bin with
 * its range, a bar as long as its share of the largest bin, and the count as text, so the numbers are there for
 * screen readers and for anyone who wants them exactly.
 */
final class DistributionBars extends Div {

    static final String DOWN = "#B42318";
    static final String SAME = "#475467";
    static final String UP = "#1E6B3A";

    DistributionBars(List<ImpactReport.Bin> bins) {
        setId("impact-distribution");
        setWidthFull();
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", "How scores move: decisions per range of change in points");
        int largest = bins.stream().mapToInt(ImpactReport.Bin::count).max().orElse(0);
        for (ImpactReport.Bin bin : bins) {
            add(row(bin, largest));
        }
    }

    private static Div row(ImpactReport.Bin bin, int largest) {
        Div row = new Div();
        row.addClassName("distribution-row");
        row.getElement().setAttribute("role", "listitem");
        row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("margin", "2px 0");
        Span label = new Span(label(bin));
        label.getStyle().set("width", "9rem").set("text-align", "right").set("font-size", "var(--lumo-font-size-s)")
                .set("flex-shrink", "0");
        Div track = new Div();
        track.getStyle().set("width", "30rem").set("max-width", "55%");
        Div bar = new Div();
        bar.addClassName("distribution-bar");
        double share = largest == 0 ? 0 : (double) bin.count() / largest;
        bar.getStyle().set("height", "14px").set("border-radius", "3px").set("background", colour(bin))
                .set("width", String.format(Locale.ROOT, "%.1f%%", share * 100))
                .set("min-width", bin.count() > 0 ? "2px" : "0");
        track.add(bar);
        Span count = new Span(String.format(Locale.ROOT, "%,d", bin.count()));
        count.getStyle().set("font-size", "var(--lumo-font-size-s)").set("width", "5rem");
        row.add(label, track, count);
        return row;
    }

    /** "-5 to -2 points", "no change", "below -20", "20 and more" */
    static String label(ImpactReport.Bin bin) {
        if (bin.from() != null && bin.to() != null && bin.from().equals(bin.to())) {
            return "no change";
        }
        if (bin.from() == null) {
            return "below " + number(bin.to());
        }
        if (bin.to() == null) {
            return number(bin.from()) + " and more";
        }
        return number(bin.from()) + " to " + number(bin.to());
    }

    private static String colour(ImpactReport.Bin bin) {
        if (bin.from() != null && bin.to() != null && bin.from().equals(bin.to())) {
            return SAME;
        }
        double middle = bin.from() == null ? bin.to() - 1 : bin.to() == null ? bin.from() + 1 : (bin.from() + bin.to()) / 2;
        return middle < 0 ? DOWN : UP;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%+d", (long) value)
                : String.format(Locale.ROOT, "%+.1f", value);
    }
}
