#include "ui/softmax/numberspinbox.h"

#include "ui/softmax/softmaxformat.h"

#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

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

NumberSpinBox::NumberSpinBox(QWidget* parent) : QAbstractSpinBox(parent)
{
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    connect(this, &QAbstractSpinBox::editingFinished, this, &NumberSpinBox::commitText);
    showValue();
}

void NumberSpinBox::setRange(double minimum, double maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    setValue(m_value);
}

void NumberSpinBox::setValue(double value)
{
    m_value = std::clamp(value, m_minimum, m_maximum);
    showValue();
}

void NumberSpinBox::showValue()
{
    const QString text = formatFull(m_value);
    if (lineEdit()->text() != text) lineEdit()->setText(text);
}

QSize NumberSpinBox::sizeHint() const
{
    // Room for "-1.2345678e+308" is more than a slider row needs; typical values are short.
    QSize size = QAbstractSpinBox::sizeHint();
    size.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("-0.123456789")) + 40);
    return size;
}

QSize NumberSpinBox::minimumSizeHint() const
{
    QSize size = QAbstractSpinBox::minimumSizeHint();
    size.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("-1.2345")) + 40);
    return size;
}

QValidator::State NumberSpinBox::validate(QString& input, int& /*position*/) const
{
    if (completeNumber().match(input).hasMatch()) {
        bool ok = false;
        const double v = QLocale::c().toDouble(input.trimmed(), &ok);
        if (ok && std::isfinite(v) && v >= m_minimum && v <= m_maximum) return QValidator::Acceptable;
        return QValidator::Intermediate;  // 1e309, or outside the range: an edit away from acceptable
    }
    return partialNumber().match(input).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

void NumberSpinBox::fixup(QString& input) const
{
    input = formatFull(m_value);
}

void NumberSpinBox::commitText()
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

void NumberSpinBox::stepBy(int steps)
{
    double v = m_value + steps * m_step;
    // Land on whole steps written as k/10 rather than as sums of 0.1 (0.30000000000000004).
    const double perUnit = 1.0 / m_step;
    if (perUnit == std::round(perUnit) && std::fabs(v * perUnit) < 0x1p52)
        v = std::round(v * perUnit) / perUnit;
    v = std::clamp(v, m_minimum, m_maximum);
    if (v == m_value) return;
    m_value = v;
    showValue();
    emit valueEdited(m_value);
}

QAbstractSpinBox::StepEnabled NumberSpinBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (m_value < m_maximum) enabled |= StepUpEnabled;
    if (m_value > m_minimum) enabled |= StepDownEnabled;
    return enabled;
}

}  // namespace actlab
