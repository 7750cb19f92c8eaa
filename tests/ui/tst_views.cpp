// Every view in the registry, through the View interface the window, scene files and export rely on.

#include "ui/common/theme.h"
#include "ui/common/view.h"
#include "ui/mainwindow.h"
#include "ui/viewregistry.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace actlab;

class TestViews : public QObject {
    Q_OBJECT
private slots:
    void windowHasATabPerView();
    void stateRoundTrips_data();
    void stateRoundTrips();
    void savedStateUndoesEditedParameters_data();
    void savedStateUndoesEditedParameters();
    void unknownKeyIsReportedAndChangesNothing_data();
    void unknownKeyIsReportedAndChangesNothing();
    void everyThemeApplies_data();
    void everyThemeApplies();
    void unknownThemeFallsBackToLight();
};

void TestViews::windowHasATabPerView()
{
    MainWindow window;
    QCOMPARE(window.views().size(), std::size_t(viewIds().size()));
    for (const QString& id : viewIds()) {
        QVERIFY2(window.view(id) != nullptr, qPrintable(id));
        QCOMPARE(window.view(id)->viewId(), id);
        QVERIFY(!window.view(id)->title().isEmpty());
        QVERIFY(window.view(id)->figure() != nullptr);
    }
    QVERIFY(createView(QStringLiteral("no such view")) == nullptr);
}

void TestViews::stateRoundTrips_data()
{
    QTest::addColumn<QString>("id");
    for (const QString& id : viewIds()) QTest::newRow(qPrintable(id)) << id;
}

void TestViews::stateRoundTrips()
{
    QFETCH(QString, id);
    const std::unique_ptr<View> first = createView(id);
    const QJsonObject saved = first->saveState();
    QVERIFY(!saved.isEmpty());
    const std::unique_ptr<View> second = createView(id);
    QSignalSpy changed(second.get(), &View::stateChanged);
    QCOMPARE(second->restoreState(saved), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(second->saveState(), saved);
}

void TestViews::savedStateUndoesEditedParameters_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("edit");
    QTest::newRow("curves") << QStringLiteral("curves")
                            << QByteArray(R"({"parameters": {"softplus": {"beta": 5}, "elu": {"alpha": 0.5}}})");
    QTest::newRow("depth") << QStringLiteral("depth")
                           << QByteArray(R"({"parameters": {"hardtanh": {"min_val": -10, "max_val": 8.9}}})");
}

// Found by the GUI stress test (tst_guistress, seed 1): opening a saved scene over edited parameters kept
// the edits of every activation the file did not list, so the view no longer showed the saved figure.
void TestViews::savedStateUndoesEditedParameters()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, edit);
    const std::unique_ptr<View> view = createView(id);
    const QJsonObject saved = view->saveState();
    QCOMPARE(view->restoreState(QJsonDocument::fromJson(edit).object()), QString());
    QVERIFY(view->saveState() != saved);
    QCOMPARE(view->restoreState(saved), QString());
    QCOMPARE(view->saveState(), saved);
}

void TestViews::unknownKeyIsReportedAndChangesNothing_data() { stateRoundTrips_data(); }

void TestViews::unknownKeyIsReportedAndChangesNothing()
{
    QFETCH(QString, id);
    const std::unique_ptr<View> view = createView(id);
    const QJsonObject before = view->saveState();
    QJsonObject bad = before;
    bad.insert(QStringLiteral("colour_sheme"), QStringLiteral("dark"));
    const QString error = view->restoreState(bad);
    QVERIFY2(error.contains(QStringLiteral("colour_sheme")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("unknown key")), qPrintable(error));
    QCOMPARE(view->saveState(), before);
}

void TestViews::everyThemeApplies_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("theme");
    for (const QString& id : viewIds()) {
        for (const QString& theme : Theme::ids()) QTest::newRow(qPrintable(id + u' ' + theme)) << id << theme;
    }
}

void TestViews::everyThemeApplies()
{
    QFETCH(QString, id);
    QFETCH(QString, theme);
    bool ok = false;
    const Theme t = Theme::byId(theme, &ok);
    QVERIFY(ok);
    QCOMPARE(t.id, theme);
    const std::unique_ptr<View> view = createView(id);
    view->resize(800, 500);
    view->applyTheme(t);
    const QImage image = view->figure()->grab().toImage();
    QVERIFY(!image.isNull());
    // The figure's corner is the theme's background.
    QCOMPARE(image.pixelColor(2, 2).rgb(), t.palette.background.rgb());
}

void TestViews::unknownThemeFallsBackToLight()
{
    bool ok = true;
    QCOMPARE(Theme::byId(QStringLiteral("neon"), &ok).id, QStringLiteral("light"));
    QVERIFY(!ok);
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
