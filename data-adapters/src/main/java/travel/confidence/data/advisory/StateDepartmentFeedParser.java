package travel.confidence.data.advisory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import travel.confidence.data.external.SourceUnavailableException;

/**
 * Reads the State Department's travel advisory RSS 2.0 feed. Each {@code <item>} has a title such as
 * "Japan - Level 1: Exercise Normal Precautions" (sometimes "Iran Travel Advisory"), the level in
 * {@code <category domain="Threat-Level">}, a FIPS-style {@code Country-Tag} category (not an ISO code), a link
 * and a publication date. Items without a level ("Worldwide Caution") are skipped. A document that is not
 * RSS is a malformed payload. External entities and DTDs are refused.
 */
final class StateDepartmentFeedParser {

    private static final Pattern LEVEL = Pattern.compile("Level\\s*([1-4])\\s*:?\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_LEVEL = Pattern.compile("^(.*?)\\s+[-\u2013\u2014]\\s+Level\\s*[1-4].*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.*?)\\s+Travel Advisory\\s*$", Pattern.CASE_INSENSITIVE);

    private StateDepartmentFeedParser() {
    }

    static List<FeedAdvisory> parse(String xml) {
        Document document = read(xml);
        Element root = document.getDocumentElement();
        if (root == null || !"rss".equals(root.getTagName())) {
            throw malformed("not an RSS document");
        }
        NodeList channels = root.getElementsByTagName("channel");
        if (channels.getLength() == 0) {
            throw malformed("no channel");
        }
        NodeList items = ((Element) channels.item(0)).getElementsByTagName("item");
        List<FeedAdvisory> advisories = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String title = text(item, "title");
            if (title == null) {
                continue;
            }
            String threat = category(item, "Threat-Level");
            Matcher level = LEVEL.matcher(threat != null ? threat : title);
            if (!level.find()) {
                continue;
            }
            String name = name(title);
            if (name.isBlank()) {
                continue;
            }
            advisories.add(new FeedAdvisory(name, Integer.parseInt(level.group(1)),
                    "Level " + level.group(1) + ": " + level.group(2).strip(), title, text(item, "link"),
                    text(item, "pubDate"), category(item, "Country-Tag")));
        }
        if (items.getLength() > 0 && advisories.isEmpty()) {
            throw malformed("no item carries an advisory level");
        }
        return advisories;
    }

    private static Document read(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw malformed("not well-formed XML");
        }
    }

    /** The destination's name: the title before " - Level N: ...", or before " Travel Advisory". */
    static String name(String title) {
        String t = title.strip();
        Matcher withLevel = TITLE_LEVEL.matcher(t);
        if (withLevel.matches()) {
            return withLevel.group(1).strip();
        }
        Matcher withSuffix = TITLE_SUFFIX.matcher(t);
        return withSuffix.matches() ? withSuffix.group(1).strip() : t;
    }

    private static String text(Element item, String tag) {
        NodeList nodes = item.getElementsByTagName(tag);
        if (nodes.getLength() == 0) {
            return null;
        }
        String value = nodes.item(0).getTextContent();
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String category(Element item, String domain) {
        NodeList categories = item.getElementsByTagName("category");
        for (int i = 0; i < categories.getLength(); i++) {
            Element category = (Element) categories.item(i);
            if (domain.equalsIgnoreCase(category.getAttribute("domain"))) {
                String value = category.getTextContent();
                return value == null || value.isBlank() ? null : value.strip();
            }
        }
        return null;
    }

    private static SourceUnavailableException malformed(String what) {
        return new SourceUnavailableException(StateDepartmentSettings.SOURCE + " sent a malformed payload: " + what);
    }
}
