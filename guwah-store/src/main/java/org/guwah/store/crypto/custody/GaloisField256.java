package org.guwah.store.crypto.custody;

/**
 * Arithmetic in GF(2^8) with the AES reduction polynomial x^8 + x^4 + x^3 + x + 1 ({@code 0x11B}).
 * Elements are ints 0..255; addition and subtraction are XOR.
 *
 * <p>Multiplication and inversion run in constant time (no table look-ups indexed by secret
 * values, no branches on them), since they are applied to key bytes. Stateless and thread-safe.
 */
final class GaloisField256 {
  /** The reduction polynomial, with its x^8 term. */
  static final int POLYNOMIAL = 0x11B;

  private GaloisField256() {}

  /** {@code a + b} (and {@code a - b}): XOR. */
  static int add(int a, int b) {
    return (a ^ b) & 0xFF;
  }

  /** {@code a · b} modulo {@link #POLYNOMIAL}, by shift-and-add with masks instead of branches. */
  static int multiply(int a, int b) {
    int x = a & 0xFF;
    int y = b & 0xFF;
    int product = 0;
    for (int bit = 0; bit < 8; bit++) {
      product ^= x & -(y & 1);
      int carry = (x >> 7) & 1;
      x = ((x << 1) ^ (POLYNOMIAL & -carry)) & 0xFF;
      y >>= 1;
    }
    return product;
  }

  /**
   * The multiplicative inverse {@code a^254} (since {@code a^255 = 1} for every non-zero
   * element), by a fixed sequence of squarings and multiplications.
   *
   * @throws ArithmeticException if {@code a} is zero
   */
  static int inverse(int a) {
    int x = a & 0xFF;
    if (x == 0) {
      throw new ArithmeticException("zero has no inverse in GF(256)");
    }
    // 254 = 0b11111110: result = x^2 · x^4 · x^8 · ... · x^128
    int square = multiply(x, x);
    int result = square;
    for (int i = 0; i < 6; i++) {
      square = multiply(square, square);
      result = multiply(result, square);
    }
    return result;
  }

  /**
   * {@code a / b}.
   *
   * @throws ArithmeticException if {@code b} is zero
   */
  static int divide(int a, int b) {
    return multiply(a, inverse(b));
  }
}
