package org.papernotes.model;

/** A tag and how many papers carry it. */
public record TagCount(String name, int papers) {
}
