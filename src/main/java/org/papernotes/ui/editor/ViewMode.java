package org.papernotes.ui.editor;

/** TEMPORARY stand-in until wt-editor lands (not to be committed as done). */
public enum ViewMode { EDITOR, SPLIT, PREVIEW }
