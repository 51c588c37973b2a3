/**
 * Implementation of attachments: reading the upload ({@code UploadInput}: counted, limited,
 * hashed), detecting its type from its bytes ({@code Sniffer}), the per-format filters that remove
 * embedded metadata or check structure ({@code JpegStripper}, {@code PngStripper}, {@code
 * WebpStripper}, {@code GifStripper}, {@code Mp4AudioCheck}, {@code PdfCheck}, {@code TextCheck}),
 * and sealed chunk storage ({@code ChunkSink}, {@code ChunkReader}). Pure Java on byte streams:
 * nothing here decodes an image. Not an API: use {@link
 * org.guwah.store.attachments.AttachmentStore}.
 */
@NullMarked
package org.guwah.store.attachments.internal;

import org.jspecify.annotations.NullMarked;
