/**
 * Image files a note takes in: which format they are, whether they can be read, and the smaller copy the preview
 * shows of a large one. Plain Java (ImageIO, with TwelveMonkeys for WebP); knows nothing of the library or the
 * window.
 */
package org.papernotes.images;
