package org.papernotes.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.papernotes.images.FileProblem.Code;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Checks that an SVG file is well-formed XML with an {@code svg} root, and reads its size. The parser fetches
 * nothing (no DTD, no external entities): an SVG's doctype usually names a DTD on the web.
 */
final class SvgFacts {

    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*$");

    record Size(int width, int height) {
    }

    private SvgFacts() {
    }

    static Size check(byte[] bytes) throws FileRejectedException {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new java.io.StringReader("")));
            root = builder.parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new FileRejectedException(FileProblem.of(Code.CORRUPT, e.getMessage() == null ? "not well-formed XML" : e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser lacks a safety feature", e);
        }
        String name = root.getLocalName() != null ? root.getLocalName() : root.getTagName();
        if (!"svg".equals(name)) {
            throw new FileRejectedException(FileProblem.of(Code.NOT_AN_IMAGE));
        }
        int width = pixels(root.getAttribute("width"));
        int height = pixels(root.getAttribute("height"));
        if ((width == 0 || height == 0) && !root.getAttribute("viewBox").isBlank()) {
            String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
            if (box.length == 4) {
                width = pixels(box[2]);
                height = pixels(box[3]);
            }
        }
        return new Size(width, height);
    }

    private static int pixels(String value) {
        Matcher matcher = NUMBER.matcher(value == null ? "" : value);
        return matcher.matches() ? (int) Math.round(Double.parseDouble(matcher.group(1))) : 0;
    }
}
