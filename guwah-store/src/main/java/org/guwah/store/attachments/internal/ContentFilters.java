package org.guwah.store.attachments.internal;

import org.guwah.store.attachments.MediaType;

/** The filter each media type's content goes through: a stripper for images, a check or a plain copy for the rest. */
public final class ContentFilters {
  private ContentFilters() {}

  public static ContentFilter of(MediaType type) {
    switch (type) {
      case JPEG:
        return new JpegStripper();
      case PNG:
        return new PngStripper();
      case WEBP:
        return new WebpStripper();
      case GIF:
        return new GifStripper();
      case PDF:
        return new PdfCheck();
      case TEXT:
        return new TextCheck();
      case M4A:
        return new Mp4AudioCheck();
      case OGG_AUDIO:
      case MP3:
      case WAV:
        return new PassThrough();
      default:
        throw new IllegalArgumentException("no filter for " + type);
    }
  }
}
