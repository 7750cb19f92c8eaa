#pragma once

#include <QPaintDevice>

#include <memory>

namespace actlab {

class OutliningPaintEngine;

/// A paint device that forwards every drawing call to another device (an SVG generator) but turns text
/// containing CJK characters into filled outlines. SVG keeps text as <text font-family=…>, which only
/// renders if the viewer has a CJK font; outlines render anywhere. Latin and Greek text stays text, so it
/// remains searchable and editable in the SVG.
class OutliningPaintDevice : public QPaintDevice {
public:
    explicit OutliningPaintDevice(QPaintDevice& target);
    ~OutliningPaintDevice() override;

    QPaintEngine* paintEngine() const override;

    /// True when `text` holds a character that only a CJK font covers (Han, kana, hangul, CJK punctuation
    /// and full-width forms).
    static bool needsOutline(const QString& text);

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPaintDevice& m_target;
    std::unique_ptr<OutliningPaintEngine> m_engine;
};

}  // namespace actlab
