package org.guwah.web.pages;

/** A choice in a select or a group of checkboxes: the code sent and the label shown. */
public record Option(String code, String label) {}
