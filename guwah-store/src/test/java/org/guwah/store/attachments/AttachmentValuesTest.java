package org.guwah.store.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.guwah.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class AttachmentValuesTest {
  private static final UUID RECORD = UUID.fromString("0190f1e2-0000-7000-8000-000000000001");

  @Test
  void uploadRedactsFileNameAndCaption() {
    AttachmentUpload upload = AttachmentUpload.of("person", RECORD, "qanari-file.jpg")
        .withCaption("qanari-caption: threat from the police")
        .withDeclaredMediaType("Image/JPEG; q=1");

    assertThat(upload.toString()).doesNotContain("qanari").contains("image/jpeg");
    assertThat(upload.declaredType()).isEqualTo("image/jpeg");
    assertThat(upload.withDeclaredMediaType("application/octet-stream").declaredType()).isNull();
  }

  @Test
  void uploadNamesEveryBadFieldWithoutItsValue() {
    ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
        () -> new AttachmentUpload("qanari-kind", RECORD, "qanari\nname", null, "not a type qanari", null));

    assertThat(e.fieldErrors()).containsOnlyKeys("recordKind", "fileName", "declaredMediaType");
    assertThat(e.getMessage()).doesNotContain("qanari");
    assertThatThrownBy(() -> AttachmentUpload.of("person", RECORD, " ")).isInstanceOf(ValidationException.class);
  }

  @Test
  void declaredTypesMatchTheirAliases() {
    assertThat(MediaType.forDeclared("image/jpg")).contains(MediaType.JPEG);
    assertThat(MediaType.forDeclared("audio/x-m4a")).contains(MediaType.M4A);
    assertThat(MediaType.forDeclared("audio/ogg; codecs=opus")).contains(MediaType.OGG_AUDIO);
    assertThat(MediaType.forDeclared("text/html")).isEmpty();
    assertThat(MediaType.TEXT.contentType()).isEqualTo("text/plain; charset=utf-8");
  }

  @Test
  void labelAndAttachmentRedactIdentityAndHashes() {
    String hash = "ab".repeat(32);
    Attachment a = new Attachment(UUID.randomUUID(), "person", RECORD, MediaType.PNG, 10, 12, hash, hash,
        MetadataTreatment.STRIPPED, Set.of(StrippedMetadata.EXIF), 1, null, Instant.EPOCH,
        new SealedLabel(new byte[] {1, 2, 3}));

    assertThat(new AttachmentLabel("qanari.png", "qanari").toString()).doesNotContain("qanari");
    assertThat(a.toString()).doesNotContain(hash).contains("image/png").contains("SealedLabel[sealed]");
    assertThatThrownBy(() -> new Attachment(a.id(), "person", RECORD, MediaType.PDF, 10, 12, hash, hash,
        MetadataTreatment.NOT_STRIPPED, Set.of(StrippedMetadata.EXIF), 1, null, Instant.EPOCH, a.label()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
