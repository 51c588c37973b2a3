package org.guwah.store.attachments;

/**
 * A kind of embedded metadata that was found in an uploaded image and removed before storing. A
 * closed set, stored by {@link #name()}. {@link #GPS} is reported in addition to {@link #EXIF} or
 * {@link #XMP} when that block was seen to hold GPS coordinates (an EXIF GPS IFD, XMP {@code
 * GPSLatitude}/{@code GPSLongitude}); its absence does not prove there were none (compressed text
 * chunks are not inflated to look).
 */
public enum StrippedMetadata {
  /** EXIF (camera, time, orientation, thumbnail; JPEG APP1, PNG eXIf, WebP EXIF, PNG raw profile). */
  EXIF,
  /** GPS coordinates found inside the EXIF or XMP that was removed. */
  GPS,
  /** XMP packet (JPEG APP1, PNG iTXt, WebP XMP chunk, GIF application extension). */
  XMP,
  /** IPTC / Photoshop image resources (JPEG APP13). */
  IPTC,
  /** Free-text comment (JPEG COM segment, GIF comment extension). */
  COMMENT,
  /** PNG text chunks ({@code tEXt}, {@code zTXt}, {@code iTXt}). */
  TEXT,
  /** PNG last-modification time ({@code tIME}). */
  TIME,
  /** JFIF extension thumbnail (JPEG APP0 {@code JFXX}), which may show an uncropped original. */
  THUMBNAIL,
  /** Multi-picture data (JPEG APP2 {@code MPF}): further images with their own metadata. */
  MULTI_PICTURE,
  /** Another JPEG application segment (APPn other than JFIF, ICC profile, Adobe). */
  APP_SEGMENT,
  /** An ancillary PNG chunk or WebP chunk not needed to render the image (e.g. C2PA manifests, previews). */
  PRIVATE_CHUNK,
  /** A GIF application extension other than NETSCAPE2.0 looping, or an unknown GIF extension. */
  EXTENSION,
  /** Bytes after the image's end marker (appended files, motion-photo video, vendor trailers). */
  TRAILING_DATA
}
