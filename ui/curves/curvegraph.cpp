#include "ui/curves/curvegraph.h"

#include <algorithm>
#include <cmath>

namespace actlab::curves {

namespace {

/// The part [t0, t1] of the segment a→b that lies in `box` (Liang–Barsky); false if none does.
bool clipSegment(QPointF a, QPointF b, const QRectF& box, double& t0, double& t1)
{
    t0 = 0;
    t1 = 1;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - box.left(), box.right() - a.x(), a.y() - box.top(), box.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
    }
    return t0 <= t1;
}

}  // namespace

void CurveGraph::getOptimizedLineData(QVector<QCPGraphData>* lineData,
                                      const QCPGraphDataContainer::const_iterator& begin,
                                      const QCPGraphDataContainer::const_iterator& end) const
{
    QCPGraph::getOptimizedLineData(lineData, begin, end);
    if (m_breaks.empty() || lineData->size() < 2) return;
    // A NaN value after the sample at each break: QCPGraph and the dasher below both end the line there.
    // With more samples than pixels QCPGraph keeps a few per pixel column, and the sample at the break
    // may not be among them: the line then breaks between the kept samples around it.
    std::size_t next = 0;
    for (qsizetype i = 0; i + 1 < lineData->size() && next < m_breaks.size(); ++i) {
        const double key = (*lineData)[i].key;
        const double nextKey = (*lineData)[i + 1].key;
        while (next < m_breaks.size() && m_breaks[next] < key) ++next;
        if (next < m_breaks.size() && m_breaks[next] < nextKey) {
            lineData->insert(i + 1, QCPGraphData(key, std::nan("")));
            ++i;
            while (next < m_breaks.size() && m_breaks[next] < nextKey) ++next;
        }
    }
}

void CurveGraph::flushDash(QCPPainter* painter) const
{
    if (m_dash.size() >= 2) painter->drawPolyline(m_dash.constData(), static_cast<int>(m_dash.size()));
    m_dash.clear();
}

void CurveGraph::drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const
{
    const QPen pen = painter->pen();
    if (pen.style() == Qt::SolidLine || pen.style() == Qt::NoPen || pen.color().alpha() == 0 ||
        painter->modes().testFlag(QCPPainter::pmVectorized) || lines.size() < 2) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }
    // The pattern in pixels: QPen gives it in pen widths.
    const QVector<qreal> units = pen.dashPattern();
    const double width = pen.widthF() > 0 ? pen.widthF() : 1.0;
    double pattern[16];
    const int count = std::min<int>(static_cast<int>(units.size()), 16) & ~1;  // on, off pairs
    double period = 0;
    for (int i = 0; i < count; ++i) {
        pattern[i] = std::max(units[i] * width, 0.25);
        period += pattern[i];
    }
    if (count == 0 || !(period > 0)) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }

    applyDefaultAntialiasingHint(painter);
    QPen solid = pen;
    solid.setStyle(Qt::SolidLine);
    painter->setPen(solid);

    int index = 0;
    double left = pattern[0];  // pixels left in the current on or off stretch
    // Zoomed far in, one step of a curve can span billions of pixels: dashes are built only where they
    // can be seen (the clip rect and a pen's width around it); elsewhere the pattern just advances.
    const double margin = 4 * width + 2;
    const QRectF visible = QRectF(clipRect()).adjusted(-margin, -margin, margin, margin);
    const auto skip = [&](double distance) {
        flushDash(painter);
        if (distance < left) {
            left -= distance;
            return;
        }
        distance = std::fmod(distance - left, period);
        index = (index + 1) % count;
        while (distance >= pattern[index]) {
            distance -= pattern[index];
            index = (index + 1) % count;
        }
        left = pattern[index] - distance;
    };
    m_dash.clear();
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QPointF a = lines[i];
        QPointF b = lines[i + 1];
        if (!std::isfinite(a.y()) || !std::isfinite(b.y()) || !std::isfinite(a.x()) || !std::isfinite(b.x())) {
            // A gap in the data: the pattern starts afresh after it, as Qt does for a new subpath.
            flushDash(painter);
            index = 0;
            left = pattern[0];
            continue;
        }
        double t0 = 0;
        double t1 = 1;
        const double whole = std::hypot(b.x() - a.x(), b.y() - a.y());
        if (!clipSegment(a, b, visible, t0, t1)) {
            skip(whole);
            continue;
        }
        if (t0 > 0) skip(t0 * whole);
        const double after = (1 - t1) * whole;
        const QPointF step = b - a;
        if (t1 < 1) b = a + step * t1;
        if (t0 > 0) a += step * t0;
        const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
        double done = 0;
        if ((index & 1) == 0 && m_dash.isEmpty()) m_dash.append(a);
        while (length - done > left) {
            done += left;
            const QPointF at = a + (b - a) * (done / length);
            if ((index & 1) == 0) {
                m_dash.append(at);
                flushDash(painter);
            } else {
                m_dash.append(at);  // a dash begins here
            }
            index = (index + 1) % count;
            left = pattern[index];
        }
        left -= length - done;
        if ((index & 1) == 0) m_dash.append(b);
        if (after > 0) skip(after);
    }
    flushDash(painter);
    painter->setPen(pen);
}

}  // namespace actlab::curves
