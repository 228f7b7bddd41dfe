package org.papernotes.markdown;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/** A flexmark parser factory that needs no ordering against other extensions and affects only its own scope. */
interface IndependentExtension extends Dependent {

    @Override
    default Set<Class<?>> getAfterDependents() {
        return null; // flexmark's way of saying "none"
    }

    @Override
    default Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    default boolean affectsGlobalScope() {
        return false;
    }
}
