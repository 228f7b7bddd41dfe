/**
 * Publishing notes as posts of an academicpages (Jekyll + kramdown + MathJax) blog, and importing such posts.
 *
 * <h2>Entry points</h2>
 * {@link org.papernotes.blog.BlogExporter} (export with an {@link org.papernotes.blog.OverwritePolicy} and
 * {@link org.papernotes.blog.BlogProgress}, giving an {@link org.papernotes.blog.ExportReport}),
 * {@link org.papernotes.blog.BlogImporter} (giving an {@link org.papernotes.blog.ImportReport}),
 * {@link org.papernotes.blog.BlogFolder} (the remembered blog checkout), {@link org.papernotes.blog.Slugs}.
 * All of them run on the caller's thread; a window calls them from a background task.
 * Reasons, failures and warnings in the reports are {@link org.papernotes.blog.BlogMessage}s: a stable code with
 * its arguments, which the window translates and the command line prints in English.
 *
 * <h2>Where the preview (flexmark + KaTeX) and the blog (kramdown + MathJax) still differ</h2>
 * {@link org.papernotes.blog.KramdownSafe} removes the differences that break posts (single-dollar math, pipes
 * in inline math, display blocks glued to text, Liquid, {@code {:} lines, breaks in Chinese paragraphs). These
 * remain, and the preview may show them differently from the blog:
 * <ul>
 *   <li>Inside raw HTML blocks ({@code <p>}, {@code <div>}, {@code <center>}, {@code <ul>} …) kramdown does not
 *       read Markdown: emphasis, links and {@code $$} there reach the page as typed. Export turns {@code $x$}
 *       there into {@code \(x\)} so that MathJax 3 finds it; {@code $$…$$} there is left to MathJax, which
 *       shows it as display math. Line breaks between Chinese characters inside HTML blocks are not removed
 *       and show as spaces in most browsers.</li>
 *   <li>A {@code $$…$$} inside a sentence is inline math on the blog but display math in some previews;
 *       a {@code $$} block standing alone is display math in both.</li>
 *   <li>Footnote labels: kramdown accepts only ASCII word characters and hyphens ({@code [^note-1]});
 *       {@code [^注1]} is a footnote in flexmark but literal text on the blog.</li>
 *   <li>kramdown applies smart quotes ({@code "x"} → “x”) and typographic symbols ({@code --}, {@code ...});
 *       flexmark shows them as typed.</li>
 *   <li>Header ids: with the template's GFM input kramdown makes GitHub-style ids (a Chinese heading keeps its
 *       characters); flexmark's generated ids can differ for headings with punctuation or mixed scripts, so
 *       in-page {@code #anchor} links should be checked on the blog.</li>
 *   <li>MathJax and KaTeX differ at the edges: {@code \bm}, {@code \require}, {@code \label}/{@code \eqref}
 *       numbering, and some environments ({@code align} outside {@code $$}) are MathJax-only; {@code \vert}
 *       written for {@code |} renders the same in both.</li>
 *   <li>A literal {@code {% raw %}} typed in a note is taken as already-escaped Liquid and passes to Jekyll.</li>
 *   <li>Task lists ({@code - [ ]}) and strikethrough ({@code ~~x~~}) render only with the GFM input the
 *       template configures; autolinks of bare URLs are a flexmark extension kramdown does not have.</li>
 *   <li>kramdown treats a line starting with four spaces after a list as list continuation in cases where
 *       CommonMark (flexmark) starts an indented code block, and vice versa for deeply nested lists.</li>
 * </ul>
 */
package org.papernotes.blog;
