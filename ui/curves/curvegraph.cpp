#include "ui/curves/curvegraph.h"

#include <cmath>

namespace actlab::curves {

void CurveGraph::getOptimizedLineData(QVector<QCPGraphData>* lineData,
                                      const QCPGraphDataContainer::const_iterator& begin,
                                      const QCPGraphDataContainer::const_iterator& end) const
{
    QCPGraph::getOptimizedLineData(lineData, begin, end);
    if (m_breaks.empty() || lineData->size() < 2) return;
    // A NaN value after the sample at each break: QCPGraph and the dasher below both end the line there.
    std::size_t next = 0;
    for (qsizetype i = 0; i + 1 < lineData->size() && next < m_breaks.size(); ++i) {
        const double key = (*lineData)[i].key;
        while (next < m_breaks.size() && m_breaks[next] < key) ++next;
        if (next < m_breaks.size() && m_breaks[next] == key && (*lineData)[i + 1].key > key) {
            lineData->insert(i + 1, QCPGraphData(key, std::nan("")));
            ++i;
            ++next;
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
    m_dash.clear();
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QPointF a = lines[i];
        const QPointF b = lines[i + 1];
        if (std::isnan(a.y()) || std::isnan(b.y()) || std::isnan(a.x()) || std::isnan(b.x())) {
            // A gap in the data: the pattern starts afresh after it, as Qt does for a new subpath.
            flushDash(painter);
            index = 0;
            left = pattern[0];
            continue;
        }
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
    }
    flushDash(painter);
    painter->setPen(pen);
}

}  // namespace actlab::curves
