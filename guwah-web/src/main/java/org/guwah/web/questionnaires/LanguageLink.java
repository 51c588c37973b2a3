package org.guwah.web.questionnaires;

/** A link to the same page in another language: the language's own name and the address. */
public record LanguageLink(String name, String href) {}
