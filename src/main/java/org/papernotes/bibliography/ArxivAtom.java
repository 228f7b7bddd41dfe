package org.papernotes.bibliography;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.papernotes.model.Paper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The Atom feed of arXiv's export API ({@code /api/query?id_list=…}) turned into papers. */
public final class ArxivAtom {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ARXIV = "http://arxiv.org/schemas/atom";

    /**
     * One entry of the feed.
     *
     * @param id    the arXiv id without version
     * @param error arXiv's own message for an id it refused ("incorrect id format for …"), else null
     */
    public record Entry(String id, Paper paper, String error) {
    }

    private ArxivAtom() {
    }

    /**
     * The feed's entries, in order: papers for the ids arXiv knows, errors for those it refused. An id it does
     * not know at all has no entry.
     *
     * @throws IllegalArgumentException if the bytes are not an Atom feed
     */
    public static List<Entry> entries(byte[] xml) {
        Document document = parse(xml);
        Element feed = document.getDocumentElement();
        if (feed == null || !"feed".equals(feed.getLocalName()) || !ATOM.equals(feed.getNamespaceURI())) {
            throw new IllegalArgumentException("The answer is not an Atom feed.");
        }
        List<Entry> result = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            entry((Element) entries.item(i)).ifPresent(result::add);
        }
        return result;
    }

    private static Optional<Entry> entry(Element entry) {
        String idUrl = child(entry, ATOM, "id");
        if (idUrl == null) {
            return Optional.empty();
        }
        if (idUrl.contains("/api/errors")) {
            String message = child(entry, ATOM, "summary");
            String id = idUrl.replaceFirst(".*_for_", "");
            return Optional.of(new Entry(id, null, message == null ? "arXiv refused the id" : message));
        }
        int abs = idUrl.indexOf("/abs/");
        Optional<Identifier> parsed = abs < 0 ? Optional.empty() : Identifier.parse(idUrl.substring(abs + 5));
        if (parsed.isEmpty() || !(parsed.get() instanceof Identifier.Arxiv arxiv)) {
            return Optional.empty();
        }
        String title = child(entry, ATOM, "title");
        if (title == null || title.isBlank()) {
            return Optional.empty(); // arXiv's answer for an id it has no paper for, in older versions of the API
        }
        List<String> authors = new ArrayList<>();
        NodeList people = entry.getElementsByTagNameNS(ATOM, "author");
        for (int i = 0; i < people.getLength(); i++) {
            String name = child((Element) people.item(i), ATOM, "name");
            if (name != null && !name.isBlank()) {
                authors.add(name);
            }
        }
        String journal = child(entry, ARXIV, "journal_ref");
        String doi = child(entry, ARXIV, "doi");
        String published = child(entry, ATOM, "published");
        Paper paper = Paper.titled(title).withAuthors(authors)
                .withEntryType(journal == null ? "misc" : "article")
                .withVenue(journal == null ? "arXiv" : journal)
                .withLinks(doi, arxiv.id(), "https://arxiv.org/abs/" + arxiv.id());
        if (published != null && published.matches("\\d{4}-.*")) {
            paper = paper.withYear(Integer.parseInt(published.substring(0, 4)));
        }
        String summary = child(entry, ATOM, "summary");
        if (summary != null && !summary.isBlank()) {
            paper = paper.withAbstract(summary);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        NodeList primary = entry.getElementsByTagNameNS(ARXIV, "primary_category");
        if (primary.getLength() > 0) {
            String term = ((Element) primary.item(0)).getAttribute("term");
            if (!term.isBlank()) {
                fields.put("primaryclass", term);
            }
        }
        return Optional.of(new Entry(arxiv.id(), paper.withBibFields(fields), null));
    }

    /** The text of the first such child, spaces collapsed (arXiv wraps titles and abstracts), or null. */
    private static String child(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return nodes.item(i).getTextContent().replaceAll("\\s+", " ").strip();
            }
        }
        return null;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // An answer from the network never loads other files or expands entities.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws on fatal errors, prints nothing
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("The answer is not an Atom feed: " + e.getMessage(), e);
        }
    }
}
