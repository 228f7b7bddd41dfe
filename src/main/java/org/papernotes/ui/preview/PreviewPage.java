package org.papernotes.ui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview page, built once from the KaTeX and highlight.js webjars and this package's resources: an HTML shell (KaTeX CSS with
 * its fonts inlined as data: URLs, so a {@code loadContent} page needs no base URL and works offline), plus the
 * scripts the application runs into it. The shell forbids all script through a Content-Security-Policy; the
 * application's own scripts are run with {@code WebEngine.executeScript}, which that policy does not block.
 */
public final class PreviewPage {

    static final String KATEX_DIST = "/META-INF/resources/webjars/katex/0.16.4/dist/";
    static final String HIGHLIGHT_JS = "/META-INF/resources/webjars/highlightjs/11.10.0/highlight.min.js";
    /** Id of the element that holds the note's HTML. */
    static final String CONTENT_ID = "pn-content";

    private static final Pattern FONT_URL = Pattern.compile("url\\((fonts/[^)]+?\\.(woff2|woff|ttf))\\)");
    private static final Pattern TTF_SOURCE = Pattern.compile(",url\\(fonts/[^)]+?\\.ttf\\) format\\(\"truetype\"\\)");

    private static volatile PreviewPage instance;

    private final String shellHtml;
    private final String katexScript;
    private final String highlightScript;
    private final String previewScript;

    private PreviewPage() {
        String katexCss = inlineFonts(resource(KATEX_DIST + "katex.min.css"));
        String previewCss = resource("preview.css");
        shellHtml = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none';"
                + " frame-src 'none'; form-action 'none'; base-uri 'none';"
                // images only through the application (ui.attachments.ImageProtocol), which asks before going online
                + " img-src pnimg: file: data:\">"
                + "<style>" + katexCss + "</style><style>" + previewCss + "</style></head>"
                + "<body><article id=\"" + CONTENT_ID + "\"></article></body></html>";
        katexScript = resource(KATEX_DIST + "katex.min.js");
        highlightScript = resource(HIGHLIGHT_JS);
        previewScript = resource("preview.js");
    }

    /** The page, read on first use; call it off the FX thread the first time (it reads about 1 MB). */
    public static PreviewPage get() {
        PreviewPage page = instance;
        if (page == null) {
            synchronized (PreviewPage.class) {
                page = instance;
                if (page == null) {
                    page = new PreviewPage();
                    instance = page;
                }
            }
        }
        return page;
    }

    public String shellHtml() {
        return shellHtml;
    }

    public String katexScript() {
        return katexScript;
    }

    /** highlight.js, which colours fenced code blocks that name their language. */
    public String highlightScript() {
        return highlightScript;
    }

    public String previewScript() {
        return previewScript;
    }

    /** KaTeX's CSS with woff2 and woff fonts as data: URLs; the ttf fallbacks are dropped to halve the size. */
    static String inlineFonts(String css) {
        String withoutTtf = TTF_SOURCE.matcher(css).replaceAll("");
        Matcher matcher = FONT_URL.matcher(withoutTtf);
        StringBuilder out = new StringBuilder(withoutTtf.length() * 4);
        while (matcher.find()) {
            byte[] font = bytes(KATEX_DIST + matcher.group(1));
            String mime = "font/" + matcher.group(2);
            String dataUrl = "url(data:" + mime + ";base64," + Base64.getEncoder().encodeToString(font) + ")";
            matcher.appendReplacement(out, Matcher.quoteReplacement(dataUrl));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = PreviewPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
