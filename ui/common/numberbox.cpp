#include "ui/common/numberbox.h"

#include "ui/common/numberformat.h"

#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionSpinBox>

#include <algorithm>
#include <cmath>

namespace actlab {

namespace {

/// A whole number in C syntax, and every prefix of one that typing passes through ("-", "1e", "2.").
const QRegularExpression& completeNumber()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$)"));
    return pattern;
}

const QRegularExpression& partialNumber()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*[+-]?\d*\.?\d*([eE][+-]?\d*)?\s*$)"));
    return pattern;
}

}  // namespace

NumberBox::NumberBox(QWidget* parent) : QAbstractSpinBox(parent)
{
    setKeyboardTracking(false);  // one edit per number entered, not one per keystroke
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    connect(this, &QAbstractSpinBox::editingFinished, this, &NumberBox::commitText);
    showValue();
}

void NumberBox::setRange(double minimum, double maximum)
{
    if (minimum == m_minimum && maximum == m_maximum) return;
    m_minimum = minimum;
    m_maximum = maximum;
    setValue(m_value);
}

void NumberBox::setIntegersOnly(bool integers)
{
    m_integers = integers;
    setValue(m_value);
}

void NumberBox::setValue(double value)
{
    m_value = std::clamp(value, m_minimum, m_maximum);
    if (m_integers) m_value = std::round(m_value);
    showValue();
}

void NumberBox::showValue()
{
    const QString text = roundTripText(m_value);
    if (lineEdit()->text() == text) return;
    lineEdit()->setText(text);
    if (m_showsWholeValue) updateGeometry();
}

void NumberBox::setShowsWholeValue(bool whole)
{
    m_showsWholeValue = whole;
    updateGeometry();
}

QSize NumberBox::sizeFor(const QString& sample) const
{
    ensurePolished();
    QStyleOptionSpinBox option;
    initStyleOption(&option);
    // As QAbstractSpinBox measures: the text, two pixels for the cursor, the height of a line edit.
    const QSize text(fontMetrics().horizontalAdvance(sample) + 2, lineEdit()->sizeHint().height());
    return style()->sizeFromContents(QStyle::CT_SpinBox, &option, text, this);
}

QSize NumberBox::sizeHint() const
{
    // Room for a typical value; a long one ("-1.7976931348623157e308") scrolls inside the box.
    const QSize typical = sizeFor(m_integers ? QStringLiteral("0000") : QStringLiteral("-0.000000"));
    return m_showsWholeValue ? typical.expandedTo(sizeFor(roundTripText(m_value))) : typical;
}

QSize NumberBox::minimumSizeHint() const
{
    const QSize smallest = sizeFor(m_integers ? QStringLiteral("000") : QStringLiteral("-1.2345"));
    return m_showsWholeValue ? smallest.expandedTo(sizeFor(roundTripText(m_value))) : smallest;
}

QValidator::State NumberBox::validate(QString& input, int& /*position*/) const
{
    if (completeNumber().match(input).hasMatch()) {
        bool ok = false;
        const double v = QLocale::c().toDouble(input.trimmed(), &ok);
        const bool whole = !m_integers || v == std::trunc(v);
        if (ok && std::isfinite(v) && v >= m_minimum && v <= m_maximum && whole)
            return QValidator::Acceptable;
        return QValidator::Intermediate;  // 1e309, 2.5 for a count, or outside the range: not yet
    }
    return partialNumber().match(input).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

void NumberBox::fixup(QString& input) const
{
    input = roundTripText(m_value);
}

void NumberBox::commitText()
{
    QString text = lineEdit()->text();
    int position = 0;
    if (validate(text, position) == QValidator::Acceptable) {
        const double v = QLocale::c().toDouble(text.trimmed());
        if (v != m_value) {
            m_value = v;
            showValue();
            emit valueEdited(m_value);
            return;
        }
    }
    showValue();  // refused or unchanged: the box shows the value in force, in its shortest form
}

double NumberBox::stepSize(int steps) const
{
    if (m_integers) return 1.0;
    double magnitude = std::fabs(m_value);
    // Towards zero the step is that of the smaller numbers about to be reached: from 1 down to 0.99.
    if ((m_value < 0) != (steps < 0)) magnitude /= 1.01;
    if (!(magnitude >= m_smallestStep)) return m_smallestStep;
    return std::max(m_smallestStep, std::pow(10.0, std::floor(std::log10(magnitude)) - 1));
}

void NumberBox::stepBy(int steps)
{
    const double step = stepSize(steps);
    double v = m_value + steps * step;
    // The sum carries binary noise (0.1 + 0.2 is 0.30000000000000004): keep the decimal it stands for.
    if (std::isfinite(v)) v = shortestDecimalIn(v - step * 1e-9, v + step * 1e-9);
    if (m_integers) v = std::round(v);
    v = std::clamp(v, m_minimum, m_maximum);
    if (v == m_value) return;
    m_value = v;
    showValue();
    emit valueEdited(m_value);
}

QAbstractSpinBox::StepEnabled NumberBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (m_value < m_maximum) enabled |= StepUpEnabled;
    if (m_value > m_minimum) enabled |= StepDownEnabled;
    return enabled;
}

}  // namespace actlab
