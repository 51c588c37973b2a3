/**
 * The workspace pages: server-rendered HTML (precompiled JTE templates, auto-escaped), working
 * without JavaScript. Every page route declares its {@link org.guwah.web.api.Access} rule and is
 * admitted by the same {@link org.guwah.web.api.Gate} as the API (forms carry the CSRF token as a
 * field); case data is read and written through {@link org.guwah.web.cases.CaseDesk}, so pages
 * obey the same consent rules and audit as the API. Pages are never cached by the browser, load
 * nothing from other origins and run no inline script (CSP).
 */
@NullMarked
package org.guwah.web.pages;

import org.jspecify.annotations.NullMarked;
