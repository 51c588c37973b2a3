package org.guwah.web.json;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * A memory of the JSON text of record instances, so that a list that returns the same record
 * objects again (the store answers repeated reads of an unchanged row with the same immutable
 * instance, see {@code OpenedRecords}) copies their JSON instead of serializing them anew.
 *
 * <p>Entries are keyed by object identity, never by equality: a record instance is immutable, so
 * its JSON cannot change, and a changed row is a different instance. Nothing is ever answered for a
 * record the store did not hand out again. The memory holds at most {@code slots} fragments (a new
 * fragment replaces whatever shared its slot) and each for at most {@code lifetime}, the same bound
 * the store puts on decrypted records: expired fragments are not answered and are swept every 1024
 * stores. Fragments are produced by a plain mapper configured like the API's, so the bytes are the
 * ones the API would write. Thread-safe, lock-free.
 */
final class RecordFragments {
  private record Fragment(Object record, SerializedString json, long expires) {
    @Override
    public String toString() {
      return "Fragment[<redacted>]";
    }
  }

  private final AtomicReferenceArray<@Nullable Fragment> slots;
  private final int mask;
  private final long lifetimeNanos;
  private final AtomicInteger stores = new AtomicInteger();

  RecordFragments(int slots, Duration lifetime) {
    if (Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two");
    }
    this.slots = new AtomicReferenceArray<>(slots);
    this.mask = slots - 1;
    this.lifetimeNanos = lifetime.toNanos();
  }

  /**
   * A Jackson module that writes instances of {@code types} through this memory; {@code plain} is a
   * mapper configured like the API's but without this module, used to write a fragment the first
   * time an instance is seen.
   */
  SimpleModule module(Set<Class<?>> types, JsonMapper plain) {
    SimpleModule module = new SimpleModule("guwah-record-fragments");
    module.setSerializerModifier(new ValueSerializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier beanDesc,
          ValueSerializer<?> serializer) {
        return types.contains(beanDesc.getBeanClass()) ? new Writer(plain) : serializer;
      }
    });
    return module;
  }

  /** The fragment of {@code record}, from memory or written now by {@code plain} and remembered. */
  SerializedString of(Object record, JsonMapper plain) {
    long now = System.nanoTime();
    int slot = slotOf(record);
    Fragment f = slots.get(slot);
    if (f != null && f.record() == record && now - f.expires() < 0) {
      return f.json();
    }
    SerializedString json = new SerializedString(plain.writeValueAsString(record));
    slots.set(slot, new Fragment(record, json, now + lifetimeNanos));
    if ((stores.incrementAndGet() & 1023) == 0) {
      sweep(now);
    }
    return json;
  }

  private int slotOf(Object record) {
    int h = System.identityHashCode(record);
    return (h ^ (h >>> 16)) & mask;
  }

  private void sweep(long now) {
    for (int i = 0; i < slots.length(); i++) {
      Fragment f = slots.get(i);
      if (f != null && now - f.expires() >= 0) {
        slots.compareAndSet(i, f, null);
      }
    }
  }

  private final class Writer extends ValueSerializer<Object> {
    private final JsonMapper plain;

    Writer(JsonMapper plain) {
      this.plain = plain;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeRawValue(of(value, plain));
    }
  }
}
