#pragma once

#include <QString>

#include <string_view>

/// How ActLab writes numbers for people. One family, so a value reads the same in every view, label,
/// box and clipboard; each function's name says which form it gives.
///
/// - roundTripText: the shortest text that reads back as the same double (boxes, clipboard, CSV).
/// - compactText: k significant digits, ×10ⁿ outside [10⁻³, 10⁵) (labels, tick labels, tables).
/// - scientificText: always m × 10ⁿ with k significant digits.
/// - superscriptDigits / subscriptDigits / powerOfTenText: the pieces, for names such as z₁ or 0.25ⁿ.
namespace actlab {

/// The shortest decimal that reads back as exactly `value` (std::to_chars): "0.1", "2.5e-7", "1e308",
/// "-3". ASCII, with a plain '-' and a lower-case 'e' without a '+' or leading zeros, so it can be typed,
/// pasted and parsed again. −0 is written "0"; inf and nan as "inf", "-inf", "nan".
QString roundTripText(double value);

/// `value` rounded to `significant` digits (1–17), trailing zeros dropped, with the typographic minus
/// (U+2212). Written plainly in [10⁻³, 10⁵) ("0.25", "−1.5", "12000"), otherwise as scientificText.
QString compactText(double value, int significant = 4);

/// compactText for a number squeezed into little room (a heat-map cell, the slot under a bar): written
/// plainly down to 10⁻⁴ as well, where "−0.00043" is narrower than "−4.3 × 10⁻⁴".
QString narrowText(double value, int significant = 4);

/// `value` as "m × 10ⁿ" with `significant` digits in m, trailing zeros dropped and the typographic
/// minus: "1.23 × 10⁻⁵", "−2 × 10³⁰⁸". Zero is "0"; n = 0 writes m alone.
QString scientificText(double value, int significant = 3);

/// "10ⁿ" with a superscript exponent: "10⁻⁵", "10⁰".
QString powerOfTenText(long long exponent);

/// mantissa × 10^exponent as "m × 10ⁿ" with `significant` digits in m (1 ≤ |m| < 10), or "10ⁿ" alone
/// when m is 1: for numbers given by their exponent, which may lie beyond the double range (the depth
/// view's 10⁻⁴⁰⁰ is mantissa 1, exponent −400), and for tick labels at 1, 2, 5 × 10ⁿ.
QString timesPowerOfTenText(double mantissa, long long exponent, int significant = 3);

/// The digits of `n` as superscripts, with a superscript minus: "⁻¹²".
QString superscriptDigits(long long n);

/// The digits of `n` as subscripts, with a subscript minus: "₁₂" (for z₁, s₁₀, w₂).
QString subscriptDigits(long long n);

/// `text` with each ASCII '-' replaced by the typographic minus U+2212, for figures and labels.
QString withTypographicMinus(QString text);

/// The number in [low, high] (either order) with the fewest significant decimal digits: 0 if the
/// interval holds 0, else the shortest decimal in it (6.832 for [6.83196, 6.83243]). For snapping a
/// position that came from a pixel to a number people can read; an interval holding no double between
/// its ends gives the end nearer to zero.
double shortestDecimalIn(double low, double high);

/// UTF-8 from core (which has no Qt) as a QString.
QString toQString(std::string_view utf8);

}  // namespace actlab
