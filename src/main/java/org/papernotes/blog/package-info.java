/**
 * Post text in and out for an academicpages (Jekyll + kramdown + MathJax) blog. Knows no store: the use cases that
 * read and write the library are in {@code org.papernotes.workflow}.
 *
 * <h2>What is here</h2>
 * {@link org.papernotes.blog.ParsedPost} reads a post file (front matter, body, how the file was written);
 * {@link org.papernotes.blog.PostRenderer} writes a paper's post back: an unedited import byte for byte, an edited
 * one with {@link org.papernotes.blog.FrontMatterEditor} (only changed fields) and {@link org.papernotes.blog.PostBody}
 * (edits at the spans kramdown and the blog's MathJax need, on the note's one parse from
 * {@code org.papernotes.markdown.MarkdownConfig}); {@link org.papernotes.blog.BlogMath} reads the checkout's MathJax
 * set-up; {@link org.papernotes.blog.BlogFolder} and {@link org.papernotes.blog.PostFiles} keep every write inside the
 * real {@code _posts}; {@link org.papernotes.blog.LineDiff} shows a change before a file is overwritten;
 * {@link org.papernotes.blog.Slugs}. Reasons, failures and warnings are {@link org.papernotes.blog.BlogMessage}s: a
 * stable code with its arguments, which the window translates and the command line prints in English.
 *
 * <h2>Where the preview (flexmark + KaTeX) and the blog (kramdown + MathJax) still differ</h2>
 * The preview reads notes with kramdown's rules where they change the page (math delimiters and blocks, HTML
 * blocks and {@code markdown="1"}, extensions, attribute lists, Liquid's raw tags); what remains:
 * <ul>
 *   <li>Footnote labels: kramdown accepts only ASCII word characters and hyphens ({@code [^note-1]});
 *       {@code [^注1]} is a footnote in flexmark but literal text on the blog.</li>
 *   <li>kramdown applies smart quotes ({@code "x"} → “x”) and typographic symbols ({@code --}, {@code ...});
 *       flexmark shows them as typed; autolinks of bare URLs are a flexmark extension kramdown does not have.</li>
 *   <li>Header ids: flexmark's generated ids can differ from kramdown's GFM ids for headings with punctuation or
 *       mixed scripts.</li>
 *   <li>MathJax and KaTeX differ at the edges: {@code \bm}, {@code \require}, {@code \label}/{@code \eqref}
 *       numbering, {@code align} outside {@code $$} are MathJax-only.</li>
 *   <li>Liquid other than {@code {% raw %}} shows as written; attribute lists are hidden but not applied.</li>
 *   <li>List and indentation corner cases (lazy lines, four-space continuation) follow CommonMark here; kramdown
 *       makes a table of any line starting a block with a {@code |} outside math.</li>
 * </ul>
 */
package org.papernotes.blog;
