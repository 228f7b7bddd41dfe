/**
 * Paper data in and out, with no store: BibTeX read and written (jbibtex), CSL-JSON from doi.org and Atom from
 * arXiv's export API turned into papers, the lookups themselves over HTTP, identifiers found in a PDF (PDFBox),
 * citation keys from a pattern, and readable citations for posts.
 * <p>
 * Every function here turns text or bytes into {@link org.papernotes.model.Paper}s (unsaved, id 0) or back;
 * the workflows decide what is stored.
 */
package org.papernotes.bibliography;
