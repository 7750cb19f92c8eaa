#pragma once

// Layout elements for figures whose text must fit the width being drawn (the screen's, or an export's):
// the depth and lens figures' titles and their key rows.

#include "ui/common/qcustomplot_include.h"

#include <QFontMetrics>

#include <functional>
#include <utility>

namespace actlab {

/// A title that wraps onto more lines rather than widening the figure: its minimum width is 0 and its
/// height is that of its text wrapped to the figure's width.
class WrappedText : public QCPTextElement {
public:
    using QCPTextElement::QCPTextElement;

protected:
    QSize minimumOuterSizeHint() const override { return {0, wrappedHeight()}; }
    QSize maximumOuterSizeHint() const override { return {QWIDGETSIZE_MAX, wrappedHeight()}; }

private:
    int wrappedHeight() const
    {
        if (mText.isEmpty()) return 0;
        // The viewport is already the size being drawn (also when exporting at another size), unlike
        // this element's rect from the previous layout.
        const int viewport = mParentPlot->viewport().width();
        const int width = viewport < 300 ? QWIDGETSIZE_MAX : viewport - mMargins.left() - mMargins.right();
        const QRect box =
            QFontMetrics(mFont).boundingRect(QRect(0, 0, width, QWIDGETSIZE_MAX), mTextFlags, mText);
        return box.height() + mMargins.top() + mMargins.bottom();
    }
};

/// The row holding the key: before each layout it lets the plot rewrap the key for the width about to
/// be drawn (the screen's, or an export's, which QCustomPlot sets as the viewport first).
class KeyRow : public QCPLayoutGrid {
public:
    explicit KeyRow(std::function<void()> prepare) : m_prepare(std::move(prepare)) {}

    void update(UpdatePhase phase) override
    {
        if (phase == upPreparation) m_prepare();
        QCPLayoutGrid::update(phase);
    }

private:
    std::function<void()> m_prepare;
};

}  // namespace actlab
