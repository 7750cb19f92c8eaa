#include "ui/common/bufferreleasingplot.h"

#include "ui/common/plotsizehints.h"

namespace actlab {

namespace {

/// Takes a hidden plot's draws in place of a paint buffer: one pixel instead of width × height × 4 bytes.
/// It keeps the size of the buffer it replaces, so that QCustomPlot, which resizes its buffers only when
/// the plot's size changes, leaves it as it is.
class ReleasedPaintBuffer final : public QCPAbstractPaintBuffer {
public:
    ReleasedPaintBuffer(const QSize& size, double devicePixelRatio)
        : QCPAbstractPaintBuffer(size, devicePixelRatio), m_pixel(1, 1)
    {
    }

    QCPPainter* startPainting() override { return new QCPPainter(&m_pixel); }
    void draw(QCPPainter* /*painter*/) const override {}
    void clear(const QColor& color) override { m_pixel.fill(color); }

protected:
    void reallocateBuffer() override {}

private:
    QPixmap m_pixel;
};

qint64 imageBytes(const QCPAbstractPaintBuffer& buffer)
{
    if (dynamic_cast<const ReleasedPaintBuffer*>(&buffer)) return 4;
    const QSizeF pixels = QSizeF(buffer.size()) * buffer.devicePixelRatio();
    return qint64(pixels.width()) * qint64(pixels.height()) * 4;
}

}  // namespace

BufferReleasingPlot::BufferReleasingPlot(QWidget* parent) : QCustomPlot(parent)
{
    followLayoutHints(*this);
}

qint64 BufferReleasingPlot::paintBufferBytes() const
{
    qint64 bytes = 0;
    for (const QSharedPointer<QCPAbstractPaintBuffer>& buffer : mPaintBuffers) bytes += imageBytes(*buffer);
    return bytes;
}

void BufferReleasingPlot::showEvent(QShowEvent* event)
{
    QCustomPlot::showEvent(event);
    if (!hasReleasedPaintBuffers()) return;
    // The replot makes real buffers at the plot's size and draws into them before the first paint.
    mPaintBuffers.clear();
    replot(rpQueuedRefresh);
}

void BufferReleasingPlot::hideEvent(QHideEvent* event)
{
    QCustomPlot::hideEvent(event);
    releasePaintBuffers();
}

void BufferReleasingPlot::resizeEvent(QResizeEvent* event)
{
    // A plot never shown yet (a tab not opened) is resized with its window too: no buffers for it either.
    if (!isVisible()) releasePaintBuffers();
    QCustomPlot::resizeEvent(event);
}

void BufferReleasingPlot::releasePaintBuffers()
{
    bool released = false;
    for (QSharedPointer<QCPAbstractPaintBuffer>& buffer : mPaintBuffers) {
        if (dynamic_cast<ReleasedPaintBuffer*>(buffer.data())) continue;
        buffer.reset(new ReleasedPaintBuffer(buffer->size(), buffer->devicePixelRatio()));
        released = true;
    }
    // Points every layer at its stand-in (the layers hold only weak references to their buffers).
    if (released) setupPaintBuffers();
}

bool BufferReleasingPlot::hasReleasedPaintBuffers() const
{
    for (const QSharedPointer<QCPAbstractPaintBuffer>& buffer : mPaintBuffers)
        if (dynamic_cast<const ReleasedPaintBuffer*>(buffer.data())) return true;
    return false;
}

}  // namespace actlab
