#pragma once

// Typing into a number box as a user does: select what is there, type, press Return (or leave the box
// without Return, `commit` false), for the widget tests of every view.

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QString>
#include <QTest>

namespace actlab::testing {

inline void typeNumber(QAbstractSpinBox* box, const QString& text)
{
    QLineEdit* edit = box->findChild<QLineEdit*>();
    QVERIFY(edit != nullptr);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

}  // namespace actlab::testing
