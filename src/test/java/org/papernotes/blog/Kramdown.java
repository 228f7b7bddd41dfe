package org.papernotes.blog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real kramdown (Debian's ruby-kramdown) the way the template configures it: GFM input when the GFM
 * parser is installed, hard_wrap off, MathJax math. Uses {@code ruby} with the library, which ruby-kramdown
 * provides on its own, and falls back to the {@code kramdown} command (Debian's kramdown package).
 */
final class Kramdown {

    private static final String SCRIPT = "require 'kramdown'\n"
            + "input = 'kramdown'\n"
            + "begin; require 'kramdown-parser-gfm'; input = 'GFM'; rescue LoadError; end\n"
            + "$stdout.write(Kramdown::Document.new($stdin.read.force_encoding('UTF-8'), input: input, hard_wrap: false, "
            + "auto_ids: true, math_engine: 'mathjax').to_html)\n";

    private final List<String> command;

    private Kramdown(List<String> command) {
        this.command = command;
    }

    /** The kramdown of this machine, or empty with nothing installed. */
    static Optional<Kramdown> find() {
        for (List<String> candidate : List.of(List.of("ruby", "-e", SCRIPT),
                List.of("kramdown", "--no-hard-wrap", "--math-engine", "mathjax"))) {
            Kramdown kramdown = new Kramdown(candidate);
            try {
                if (kramdown.render("a $$x$$").contains("\\(x\\)")) {
                    return Optional.of(kramdown);
                }
            } catch (IOException e) {
                // not installed; try the next
            }
        }
        return Optional.empty();
    }

    static final String MISSING = "kramdown is not installed (apt-get install ruby-kramdown); "
            + "skipping the tests that render exported posts with it";

    String render(String markdown) throws IOException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var in = process.getOutputStream()) {
            in.write(markdown.getBytes(StandardCharsets.UTF_8));
        }
        String html = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("kramdown failed: " + command.get(0));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return html;
    }
}
