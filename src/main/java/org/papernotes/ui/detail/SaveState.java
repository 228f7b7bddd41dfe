package org.papernotes.ui.detail;

/** What the status bar says about the open paper. */
public enum SaveState { SAVED, UNSAVED, SAVING, ERROR }
