#pragma once

class QCPAxis;
class QCPRange;

/// How a press, a drag and the arrow keys on a plot turn into numbers people can read: positions
/// snapped to the shortest decimal inside their pixel, and key steps of at least one pixel. Shared by
/// every plot with a probe, so a click reads x = 6.832 (not 6.8319999999999999) in all of them.
namespace actlab::plotinteraction {

/// A press within this many pixels of a vertical line (the probe) grabs the line.
inline constexpr double kGrabPixels = 5.0;

/// The span of coordinates one device pixel of `axis` covers at its current length (its axis rect's
/// width or height), on a screen of this device pixel ratio; 0 before the first layout.
double devicePixelSpan(const QCPAxis& axis, double devicePixelRatio);

/// The coordinate at `pixel` along `axis`, snapped to the shortest decimal inside that device pixel
/// (shortestDecimalIn of the pixel's first and last coordinate).
double snappedCoordinate(const QCPAxis& axis, double pixel, double devicePixelRatio);

/// `range` with each end snapped to the shortest decimal within half a device pixel of it, where the
/// axis is `devicePixels` long: a pan or a zoom then leaves −5.65 in the range boxes, not −5.6543209876,
/// and the point under the pointer moves by less than a pixel.
QCPRange snappedRange(const QCPRange& range, double devicePixels);

/// The arrow keys' step for a probe: the smallest 1, 2 or 5 × 10ⁿ that is at least `pixelSpan` (one
/// device pixel of the plot), so every press is seen to move the probe and the positions read as
/// short decimals (1.5, 1.52, 1.54 on −8 … 8 at 1,000 pixels).
double keyStep(double pixelSpan);

/// Where the probe goes from `x` after `steps` presses of an arrow key (negative: to the left): onto
/// the grid of keyStep(pixelSpan), at least one pixel from x, and `steps` grid steps on, as the
/// shortest decimal of the grid point. Shift gives ten steps in one press.
double steppedProbe(double x, int steps, double pixelSpan);

}  // namespace actlab::plotinteraction
