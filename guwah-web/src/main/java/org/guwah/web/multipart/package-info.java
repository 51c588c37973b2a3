/**
 * Reading {@code multipart/form-data} request bodies (RFC 7578) as a stream, part by part, without
 * buffering a file part in memory or on disk: what file uploads need when the file is identity
 * data that must never be written anywhere in clear. Part bodies, file names and field values are
 * never logged and never quoted in exception messages.
 */
@NullMarked
package org.guwah.web.multipart;

import org.jspecify.annotations.NullMarked;
