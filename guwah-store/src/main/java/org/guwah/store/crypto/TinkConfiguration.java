package org.guwah.store.crypto;

import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.security.GeneralSecurityException;

/**
 * The one Tink {@link Configuration} this package uses for key generation, keyset parsing and
 * primitives: the registry configuration, with the AEAD, PRF and streaming AEAD (backup archives,
 * {@link ArchiveCipher}) key types registered once.
 */
final class TinkConfiguration {
  private static final Configuration CONFIGURATION = load();

  private TinkConfiguration() {}

  static Configuration get() {
    return CONFIGURATION;
  }

  private static Configuration load() {
    try {
      AeadConfig.register();
      PrfConfig.register();
      StreamingAeadConfig.register();
      return RegistryConfiguration.get();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
