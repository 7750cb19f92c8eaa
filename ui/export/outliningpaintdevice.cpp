#include "ui/export/outliningpaintdevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

namespace actlab {

/// Replays QPainter's state and primitives on a painter open on the target device; only drawTextItem
/// differs, for text that needs a CJK font.
class OutliningPaintEngine : public QPaintEngine {
public:
    explicit OutliningPaintEngine(QPaintDevice& target) : QPaintEngine(AllFeatures), m_target(target) {}

    bool begin(QPaintDevice*) override { return m_painter.begin(&m_target); }
    bool end() override { return m_painter.end(); }
    Type type() const override { return m_painter.isActive() ? m_painter.paintEngine()->type() : User; }

    void updateState(const QPaintEngineState& changed) override
    {
        const DirtyFlags dirty = changed.state();
        // The transform first: a clip set in the same update was given in its coordinates.
        if (dirty & DirtyTransform) m_painter.setTransform(changed.transform());
        if (dirty & DirtyPen) m_painter.setPen(changed.pen());
        if (dirty & DirtyBrush) m_painter.setBrush(changed.brush());
        if (dirty & DirtyBrushOrigin) m_painter.setBrushOrigin(changed.brushOrigin());
        if (dirty & DirtyFont) m_painter.setFont(changed.font());
        if (dirty & DirtyBackground) m_painter.setBackground(changed.backgroundBrush());
        if (dirty & DirtyBackgroundMode) m_painter.setBackgroundMode(changed.backgroundMode());
        if (dirty & DirtyHints) m_painter.setRenderHints(changed.renderHints());
        if (dirty & DirtyCompositionMode) m_painter.setCompositionMode(changed.compositionMode());
        if (dirty & DirtyOpacity) m_painter.setOpacity(changed.opacity());
        if (dirty & DirtyClipRegion) m_painter.setClipRegion(changed.clipRegion(), changed.clipOperation());
        if (dirty & DirtyClipPath) m_painter.setClipPath(changed.clipPath(), changed.clipOperation());
        if (dirty & DirtyClipEnabled) m_painter.setClipping(changed.isClipEnabled());
    }

    void drawRects(const QRectF* rects, int count) override { m_painter.drawRects(rects, count); }
    void drawLines(const QLineF* lines, int count) override { m_painter.drawLines(lines, count); }
    void drawEllipse(const QRectF& rect) override { m_painter.drawEllipse(rect); }
    void drawPath(const QPainterPath& path) override { m_painter.drawPath(path); }
    void drawPoints(const QPointF* points, int count) override { m_painter.drawPoints(points, count); }
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override
    {
        switch (mode) {
            case PolylineMode:
                m_painter.drawPolyline(points, count);
                break;
            case ConvexMode:
                m_painter.drawConvexPolygon(points, count);
                break;
            case WindingMode:
                m_painter.drawPolygon(points, count, Qt::WindingFill);
                break;
            case OddEvenMode:
                m_painter.drawPolygon(points, count, Qt::OddEvenFill);
                break;
        }
    }
    void drawPixmap(const QRectF& rect, const QPixmap& pixmap, const QRectF& source) override
    {
        m_painter.drawPixmap(rect, pixmap, source);
    }
    void drawTiledPixmap(const QRectF& rect, const QPixmap& pixmap, const QPointF& offset) override
    {
        m_painter.drawTiledPixmap(rect, pixmap, offset);
    }
    void drawImage(const QRectF& rect, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags flags) override
    {
        m_painter.drawImage(rect, image, source, flags);
    }

    void drawTextItem(const QPointF& origin, const QTextItem& item) override
    {
        const QString text = item.text();
        if (!OutliningPaintDevice::needsOutline(text)) {
            m_painter.drawText(origin, text);  // the painter already holds the item's font and pen
            return;
        }
        // The same font, so fallback picks the same CJK face the raster export uses.
        QPainterPath outline;
        outline.addText(origin, item.font(), text);
        m_painter.save();
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_painter.fillPath(outline, m_painter.pen().brush());
        m_painter.restore();
    }

private:
    QPaintDevice& m_target;
    QPainter m_painter;
};

OutliningPaintDevice::OutliningPaintDevice(QPaintDevice& target)
    : m_target(target), m_engine(std::make_unique<OutliningPaintEngine>(target))
{
}

OutliningPaintDevice::~OutliningPaintDevice() = default;

QPaintEngine* OutliningPaintDevice::paintEngine() const
{
    return m_engine.get();
}

int OutliningPaintDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
        case PdmWidth:
            return m_target.width();
        case PdmHeight:
            return m_target.height();
        case PdmWidthMM:
            return m_target.widthMM();
        case PdmHeightMM:
            return m_target.heightMM();
        case PdmNumColors:
            return m_target.colorCount();
        case PdmDepth:
            return m_target.depth();
        case PdmDpiX:
            return m_target.logicalDpiX();
        case PdmDpiY:
            return m_target.logicalDpiY();
        case PdmPhysicalDpiX:
            return m_target.physicalDpiX();
        case PdmPhysicalDpiY:
            return m_target.physicalDpiY();
        case PdmDevicePixelRatio:
            return int(m_target.devicePixelRatio());
        case PdmDevicePixelRatioScaled:
            return int(m_target.devicePixelRatio() * devicePixelRatioFScale());
    }
    return 0;
}

bool OutliningPaintDevice::needsOutline(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF) ||
            (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate())
            return true;
    }
    return false;
}

}  // namespace actlab
