package org.compliance.api.notice;

/** A notice as its reader reads it: one sentence, and the page it points to (a path). */
public record NoticeText(String text, String path) {}
