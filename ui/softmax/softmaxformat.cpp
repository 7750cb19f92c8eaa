#include "ui/softmax/softmaxformat.h"

#include <QLocale>

namespace actlab {

namespace {

const QChar kMinus(0x2212);

}  // namespace

QString formatShort(double value, int digits)
{
    // 'g' writes "-4.329e-05"; the figure reads better as "−4.329e−5".
    const QString plain = QString::number(value == 0.0 ? 0.0 : value, 'g', digits);
    const qsizetype e = plain.indexOf(u'e');
    QString mantissa = e < 0 ? plain : plain.left(e);
    mantissa.replace(u'-', kMinus);
    if (e < 0) return mantissa;
    const int exponent = plain.mid(e + 1).toInt();
    return mantissa + u'e' + (exponent < 0 ? QString(kMinus) : QString()) + QString::number(qAbs(exponent));
}

QString formatFull(double value)
{
    return QLocale::c().toString(value == 0.0 ? 0.0 : value, 'g', QLocale::FloatingPointShortest);
}

QString subscript(std::size_t oneBased)
{
    QString digits = QString::number(oneBased);
    for (QChar& c : digits) c = QChar(char16_t(0x2080 + (c.unicode() - u'0')));
    return digits;
}

QString probabilityName(std::size_t index)
{
    return u's' + subscript(index + 1);
}

QString logitName(std::size_t index)
{
    return u'a' + subscript(index + 1);
}

}  // namespace actlab
